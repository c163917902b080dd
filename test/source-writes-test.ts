import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

const CREATE =
  'mutation ($input: SourceInput!) { createSource(input: $input) { id version key title citedIn { key } } }';
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: SourceInput!) { updateSource(id: $id, version: $version, input: $input) { id version title } }';
const ARCHIVE = 'mutation ($id: ID!, $version: Int!) { archiveSource(id: $id, version: $version) { id archivedAt } }';
const SUBMIT = 'mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { received } }';

describe('createSource, updateSource and archiveSource: a new figure cites a new document', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  let home: string;
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => (await rows<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
  const run = (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') =>
    hub.query(query, variables, viewers[caller]);
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') => {
    const result = await run(query, variables, caller);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  const submitted = (source: string, value: number) => ({
    rows: [
      {
        indicator: 'TRAINED',
        scope: home,
        periodStart: '2032-01-01',
        periodEnd: '2032-12-31',
        value,
        source,
      },
    ],
  });

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const [{ id }] = await rows<{ id: number }>(`select id from municipality where name_local = 'Home'`);
    home = toGlobalId('Municipality', id);
  });
  afterAll(() => hub.close());

  it('creates a source that a value then cites, updates it at its version, and archives it only once nothing cites it', async () => {
    const report = await ok(CREATE, {
      input: {
        key: 'annual-report-2032',
        title: 'Årsredovisning 2032',
        kind: 'REPORT',
        language: 'sv',
        publishedYear: 2032,
      },
    });
    expect(report).toMatchObject({ version: 1, key: 'annual-report-2032', citedIn: null });
    const chapter = await ok(CREATE, {
      input: { key: 'annual-report-2032-ch2', title: 'Kapitel 2', kind: 'REPORT', citedIn: report.id },
    });
    expect(chapter.citedIn).toEqual({ key: 'annual-report-2032' });

    expect((await ok(SUBMIT, submitted('annual-report-2032-ch2', 7), 'reporter')).received).toBe(1);
    const cited = await rows(
      `select s.key from observation o join source s on s.id = o.source_id where o.period_start = '2032-01-01'`,
    );
    expect(cited).toEqual([{ key: 'annual-report-2032-ch2' }]);

    const updated = await ok(UPDATE, {
      id: report.id,
      version: 1,
      input: { key: 'annual-report-2032', title: 'Annual report 2032', kind: 'REPORT' },
    });
    expect(updated).toMatchObject({ version: 2, title: 'Annual report 2032' });
    const stale = await run(UPDATE, { id: report.id, version: 1, input: { key: 'x', title: 'x', kind: 'REPORT' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const referenced = await run(ARCHIVE, { id: chapter.id, version: 1 });
    expect(referenced.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      references: [{ type: 'Observation', count: 1 }],
    });
    const spare = await ok(CREATE, { input: { key: 'spare', title: 'Spare', kind: 'WEB_PAGE' } });
    expect((await ok(ARCHIVE, { id: spare.id, version: 1 })).archivedAt).toBeTruthy();
    // An archived source is cited no more.
    const archived = await run(SUBMIT, submitted('spare', 8), 'reporter');
    expect(archived.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const citing = await run(CREATE, { input: { key: 'cites-spare', title: 'x', kind: 'REPORT', citedIn: spare.id } });
    expect(citing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.citedIn' }],
    });
  });

  it('names every failing field, refuses a taken key and a source cited in itself, and lets only ADMIN write', async () => {
    const before = await auditCount();
    const bad = await run(CREATE, {
      input: { key: 'bad key', title: '', kind: 'REPORT', url: 'ftp://x', language: 'swedish', publishedYear: 1200 },
    });
    const fields = bad.errors?.[0]?.extensions?.fields as { path: string }[];
    expect(fields.map((field) => field.path).sort()).toEqual([
      'input.key',
      'input.language',
      'input.publishedYear',
      'input.title',
      'input.url',
    ]);
    const mismatch = await run(CREATE, {
      input: { key: 'mismatch', title: 'x', kind: 'REPORT', publishedOn: '2031-05-01', publishedYear: 2030 },
    });
    expect(mismatch.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.publishedYear', reason: 'is not the year of `publishedOn`.' },
    ]);
    const first = await ok(CREATE, { input: { key: 'taken', title: 'x', kind: 'REPORT' } });
    const taken = await run(CREATE, { input: { key: 'taken', title: 'y', kind: 'REPORT' } });
    expect(taken.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.key', reason: 'the key taken is not available.' },
    ]);
    const itself = await run(UPDATE, {
      id: first.id,
      version: 1,
      input: { key: 'taken', title: 'x', kind: 'REPORT', citedIn: first.id },
    });
    expect(itself.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.citedIn', reason: 'names this Source itself.' },
    ]);
    for (const caller of ['editor', 'reviewer', 'reporter'] as Caller[])
      expect(
        (await run(CREATE, { input: { key: `by-${caller}`, title: 'x', kind: 'REPORT' } }, caller)).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before + 1);
  });
});
