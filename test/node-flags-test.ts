import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_NODE_FLAGS } from '../src/ops/node-flags';
import { startHubProcess } from './support/hub-process';
import { createScratchDatabase } from './support/test-hub';

const scripts = (
  JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** The log lines a hub started with `nodeFlags` (and `env`) on `databaseUrl` writes until it serves. */
async function startupLines(
  databaseUrl: string,
  nodeFlags: readonly string[],
  env: Record<string, string> = {},
): Promise<string[]> {
  const lines: string[] = [];
  const hub = await startHubProcess(
    { DATABASE_URL: databaseUrl, ...env },
    90_000,
    (line) => lines.push(line),
    nodeFlags,
  );
  await hub.stop();
  return lines;
}

const saysFlagsMissing = (lines: string[]) =>
  lines.some((line) => line.includes(`Node runs without ${HUB_NODE_FLAGS.join(' ')}, which npm start gives it`));

describe("the hub's Node options", () => {
  it('are given by npm start and npm run dev', () => {
    expect(scripts.start).toContain(`node ${HUB_NODE_FLAGS.join(' ')} dist/src/main.js`);
    expect(scripts.dev).toContain(`node ${HUB_NODE_FLAGS.join(' ')} dist/src/main.js`);
  });

  describe('at start', () => {
    let database: { url: string; drop(): Promise<void> } | undefined;
    beforeAll(async () => {
      database = await createScratchDatabase();
    }, 60_000);
    afterAll(async () => {
      await database?.drop();
    });

    it('a hub started without them says which it lacks; started as npm start does, it says nothing of them', async () => {
      expect(saysFlagsMissing(await startupLines(database!.url, []))).toBe(true);
      expect(saysFlagsMissing(await startupLines(database!.url, HUB_NODE_FLAGS))).toBe(false);
    }, 200_000);

    it("takes an operator's own value of the option, on the command line or in NODE_OPTIONS, as given", async () => {
      expect(saysFlagsMissing(await startupLines(database!.url, ['--max-semi-space-size=32']))).toBe(false);
      expect(
        saysFlagsMissing(await startupLines(database!.url, [], { NODE_OPTIONS: '--max_semi_space_size=128' })),
      ).toBe(false);
    }, 200_000);
  });
});
