import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandsPast, MAX_COMPILED_SELECTIONS } from '../src/server/jit-executor';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { initTestHub, type TestHub } from './support/test-hub';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const LEAF =
  'code nameEn nameLocal summary website startOn endOn plannedStartOn plannedEndOn published budgetPublished version archivedAt iatiExportable iatiExportProblem';

/**
 * An anonymous query of 829 characters, well inside every limit (cost 8 703 of the 50 000 one
 * request may cost), whose fragments expand to 17 000 fields: graphql-jit compiles every field of
 * the expansion, whatever the data, where graphql-js runs only what the data reaches (here nothing
 * past the first programme). `salt` makes each text a new document.
 */
function fannedOut(salt: string, levels = 10): string {
  const fragments: string[] = [];
  for (let k = 1; k < levels; k++)
    fragments.push(`fragment L${k} on Programme { parent { ...L${k + 1} } successor { ...L${k + 1} } }`);
  fragments.push(`fragment L${levels} on Programme { ${LEAF} }`);
  return `query Q${salt} { programme(code: "HAJ") { ...L1 } } ${fragments.join(' ')}`;
}

describe('graphql-jit, given documents whose fragments fan out', () => {
  let hub: TestHub;
  let url: string;
  beforeAll(async () => {
    hub = await initTestHub(undefined, serverSettingsFromEnv({ RATE_LIMIT_POINTS: '100000000' }), { executor: 'jit' });
    url = await hub.listen();
  });
  afterAll(async () => {
    await hub?.close();
  });

  it('keeps no more memory for a series of new documents than graphql-js would (they used to keep 17 MB each)', async () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 10; i++) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: fannedOut(`${i}_${Date.now()}`) }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body).toMatchObject({ data: { programme: { parent: null, successor: null } } });
    }
    gc();
    const retainedMb = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(retainedMb).toBeLessThan(40);
  });
});

describe('the operations the hub ships', () => {
  it('are all small enough to be compiled by graphql-jit: the web app’s and docs/queries', () => {
    const root = join(__dirname, '..');
    const files = [
      ...readdirSync(join(root, 'web', 'src'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.graphql'))
        .map((file) => join(root, 'web', 'src', file)),
      ...readdirSync(join(root, 'docs', 'queries'))
        .filter((file) => file.endsWith('.graphql'))
        .map((file) => join(root, 'docs', 'queries', file)),
    ];
    expect(files.length).toBeGreaterThan(20);
    const tooLarge: string[] = [];
    for (const file of files) {
      const document = parse(readFileSync(file, 'utf8'));
      for (const definition of document.definitions)
        if (definition.kind === Kind.OPERATION_DEFINITION && expandsPast(document, definition, MAX_COMPILED_SELECTIONS))
          tooLarge.push(`${file}: ${definition.name?.value ?? '(anonymous)'}`);
    }
    expect(tooLarge).toEqual([]);
  });
});
