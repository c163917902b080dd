import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { InitiativeMunicipality } from '../src/entities/initiative-municipality.entity';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

/** The documented examples are the operations this test runs. */
const example = (name: string) => readFileSync(join(__dirname, '..', 'docs', 'mutations', name), 'utf8');
const SUBMIT = example('submit-observations.graphql');
const REVIEW = example('review-observations.graphql');
const HISTORY = 'query ($id: ID!) { history(id: $id) { at actor action entityType before after } }';

describe('submitObservations and reviewObservations', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  let home = '';
  let elsewhere = '';
  const count = async (where = 'true') =>
    Number(
      (await hub.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from observation where ${where}`))[0].n,
    );
  const audits = async () =>
    Number((await hub.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from audit_event'))[0].n);
  /** `n` rows for `scope`, one a day from `start`, of the COUNT indicator TRAINED. */
  const dailyRows = (n: number, scope: string, start = '2000-01-01', value = 5) =>
    Array.from({ length: n }, (_, index) => {
      const day = new Date(Date.parse(`${start}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
      return { indicator: 'TRAINED', scope, periodStart: day, periodEnd: day, kind: 'ACTUAL', value };
    });

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const ids = await hub.orm.em
      .fork()
      .execute<{ id: number; name_local: string; initiative: number }[]>(
        `select m.id, m.name_local, (select id from initiative where code = 'PRIVATE-I') as initiative from municipality m`,
      );
    const idOf = (name: string) => ids.find((row) => row.name_local === name)!.id;
    home = toGlobalId('Municipality', idOf('Home'));
    elsewhere = toGlobalId('Municipality', idOf('Elsewhere'));
    // Home takes part in an initiative of PRIVATE, which the reviewer's organisation implements.
    const em = hub.orm.em.fork();
    em.create(InitiativeMunicipality, { initiativeId: ids[0].initiative, municipalityId: idOf('Home') });
    await em.flush();
  });
  afterAll(() => hub.close());

  it('writes nothing from a 10 000-row batch with one bad row, and lists that row', async () => {
    const rows = dailyRows(10_000, home, '1900-01-01');
    rows[9_999] = { ...rows[9_999], value: -1 };
    const before = await count();
    const result = await hub.query(SUBMIT, { rows }, viewers.admin);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'rows',
      rows: [{ index: 9_999, field: 'value', reason: '-1 is not a whole number of at least 0 (TRAINED is a COUNT).' }],
    });
    expect(await count()).toBe(before);
  });

  it('lists every bad row with its field: period order, unit range, disaggregation, unknown codes, duplicates', async () => {
    const [good] = dailyRows(1, home, '1950-01-01');
    const rows = [
      good,
      { ...good, periodStart: '1950-02-02', periodEnd: '1950-02-01' },
      { ...good, periodStart: '1950-03-01', periodEnd: '1950-03-01', sex: 'FEMALE' },
      { ...good, periodStart: '1950-04-01', periodEnd: '1950-04-01', indicator: 'NO_SUCH' },
      { ...good, periodStart: '1950-05-01', periodEnd: '1950-05-01', evidenceUrls: ['javascript:alert(1)'] },
      { ...good, source: 'no-such-source', periodStart: '1950-06-01', periodEnd: '1950-06-01' },
      good,
    ];
    const result = await hub.query(SUBMIT, { rows }, viewers.admin);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (result.errors![0].extensions!.rows as { index: number; field: string }[]).map(
        ({ index, field }) => `${index}:${field}`,
      ),
    ).toEqual(['1:periodEnd', '2:sex', '3:indicator', '4:evidenceUrls', '5:source', '6:scope']);
    expect(await count(`period_start >= '1950-01-01' and period_start < '1951-01-01'`)).toBe(0);
  });

  it('stores a 10 000-row batch in a few statements, and the same batch again changes nothing', async () => {
    const rows = dailyRows(10_000, home, '2000-01-01');
    const before = await count();
    const started = performance.now();
    const first = await hub.query(SUBMIT, { rows }, viewers.admin);
    const seconds = (performance.now() - started) / 1000;
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitObservations).toEqual({ received: 10_000, created: 10_000, updated: 0, unchanged: 0 });
    console.log(
      `submitObservations: 10 000 rows in ${seconds.toFixed(2)} s = ${Math.round(10_000 / seconds)} rows/s, ${first.statements} SQL statements`,
    );
    // indicators, municipalities; BEGIN, the upsert (with its audit rows), COMMIT
    expect(first.statements).toBe(5);
    expect(await count()).toBe(before + 10_000);
    const auditsAfterFirst = await audits();

    const second = await hub.query(SUBMIT, { rows }, viewers.admin);
    expect(second.data!.submitObservations).toEqual({ received: 10_000, created: 0, updated: 0, unchanged: 10_000 });
    expect(await count()).toBe(before + 10_000);
    expect(await audits()).toBe(auditsAfterFirst);
    expect(
      await count(
        `period_start >= '2000-01-01' and period_start < '2030-01-01' and municipality_id is not null and version <> 1`,
      ),
    ).toBe(0);

    const changed = rows.map((row, index) => (index < 3 ? { ...row, value: 7 } : row));
    const third = await hub.query(SUBMIT, { rows: changed }, viewers.admin);
    expect(third.data!.submitObservations).toEqual({ received: 10_000, created: 0, updated: 3, unchanged: 9_997 });
    expect(await audits()).toBe(auditsAfterFirst + 3);
    expect(await count(`version = 2 and value = 7`)).toBe(3);
  });

  it('refuses a REPORTER outside its municipalities with FORBIDDEN, writing nothing', async () => {
    const before = await count();
    const rows = [...dailyRows(1, home, '2040-01-01'), ...dailyRows(1, elsewhere, '2040-01-01')];
    const result = await hub.query(SUBMIT, { rows }, viewers.reporter);
    expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rows: [{ index: 1, field: 'scope' }] });
    expect(await count()).toBe(before);
  });

  it('runs the review workflow: submit, return with a comment, resubmit, approve; then anonymous reads the value; history tells who did what', async () => {
    const rows = dailyRows(1, home, '2045-01-01', 42).map((row) => ({
      ...row,
      periodEnd: '2045-12-31',
      evidenceUrls: ['https://example.org/report.pdf?page=2&q=?'],
    }));
    const submitted = await hub.query(SUBMIT, { rows, asDraft: true }, viewers.reporter);
    expect(submitted.data!.submitObservations.created).toBe(1);
    const listed = await hub.query(
      '{ observations(filter: { reviewStatuses: [DRAFT, SUBMITTED], periodFrom: "2045-01-01", periodTo: "2045-12-31" }) { nodes { id value reviewStatus version evidenceUrls periodStart } } }',
      {},
      viewers.reporter,
    );
    const draft = listed.data!.observations.nodes.find(
      (node: { periodStart: string }) => node.periodStart === '2045-01-01',
    );
    expect(draft).toMatchObject({
      value: 42,
      reviewStatus: 'DRAFT',
      version: 1,
      evidenceUrls: ['https://example.org/report.pdf?page=2&q=?'],
    });

    const early = await hub.query(REVIEW, { ids: [draft.id], decision: 'APPROVE' }, viewers.reviewer);
    expect(early.errors![0].extensions?.code).toBe('CONFLICT');
    expect((await hub.query(SUBMIT, { rows }, viewers.reporter)).data!.submitObservations.updated).toBe(1);

    const returned = await hub.query(
      REVIEW,
      { ids: [draft.id], decision: 'RETURN', comment: 'Which report?', versions: [2] },
      viewers.reviewer,
    );
    expect(returned.data!.reviewObservations).toEqual([
      { id: draft.id, reviewStatus: 'RETURNED', reviewComment: 'Which report?', version: 3 },
    ]);
    const fixed = rows.map((row) => ({ ...row, evidenceUrls: ['https://example.org/annual-report-2045.pdf'] }));
    expect((await hub.query(SUBMIT, { rows: fixed }, viewers.reporter)).data!.submitObservations.updated).toBe(1);

    const seriesQuery = `{ series(indicator: "TRAINED", from: "2045-01-01", to: "2045-12-31", period: YEAR) { points { value empty } } }`;
    expect((await hub.query(seriesQuery)).data!.series.points).toEqual([{ value: null, empty: true }]);
    const other = await hub.query(
      REVIEW,
      { ids: [draft.id], decision: 'APPROVE', versions: [4] },
      viewers.funderViewer,
    );
    expect(other.errors![0].extensions?.code).toBe('FORBIDDEN');
    const approved = await hub.query(REVIEW, { ids: [draft.id], decision: 'APPROVE', versions: [4] }, viewers.reviewer);
    expect(approved.data!.reviewObservations[0]).toMatchObject({ reviewStatus: 'APPROVED', version: 5 });
    expect((await hub.query(seriesQuery)).data!.series.points).toEqual([{ value: 42, empty: false }]);

    const history = await hub.query(HISTORY, { id: draft.id }, viewers.admin);
    expect(history.errors).toBeUndefined();
    const entries = history.data!.history as {
      at: string;
      actor: string;
      action: string;
      entityType: string;
      before: any;
      after: any;
    }[];
    expect(
      entries.map(
        (entry) =>
          `${entry.action} by ${entry.actor === viewers.reporter.key ? 'reporter' : entry.actor === viewers.reviewer.key ? 'reviewer' : entry.actor}`,
      ),
    ).toEqual([
      'CREATE by reporter',
      'UPDATE by reporter',
      'RETURN by reviewer',
      'UPDATE by reporter',
      'APPROVE by reviewer',
    ]);
    expect(entries[0].before).toBeNull();
    expect(entries[0].after).toMatchObject({ review_status: 'DRAFT', value: 42, version: 1 });
    expect(entries[2].before).toMatchObject({ review_status: 'SUBMITTED', version: 2 });
    expect(entries[2].after).toMatchObject({ review_status: 'RETURNED', review_comment: 'Which report?', version: 3 });
    expect(entries[3].after).toMatchObject({
      review_status: 'SUBMITTED',
      evidence_urls: ['https://example.org/annual-report-2045.pdf'],
    });
    expect(entries.every((entry) => entry.entityType === 'Observation' && !Number.isNaN(Date.parse(entry.at)))).toBe(
      true,
    );
    expect((await hub.query(HISTORY, { id: draft.id })).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows an approved programme value in programme.results and series for anonymous', async () => {
    const programme = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from programme where code = 'PUBLIC'`);
    const rows = [
      {
        indicator: 'TRAINED',
        scope: toGlobalId('Programme', programme[0].id),
        periodStart: '2047-01-01',
        periodEnd: '2047-12-31',
        value: 77,
      },
    ];
    const results = '{ programme(code: "PUBLIC") { results { latestActual { value periodEnd } } } }';
    const before = await hub.query(results);
    expect(before.data!.programme.results).toEqual([{ latestActual: { value: 2020, periodEnd: '2020-12-31' } }]);
    expect((await hub.query(SUBMIT, { rows }, viewers.admin)).data!.submitObservations.created).toBe(1);
    expect((await hub.query(results)).data!.programme.results).toEqual(before.data!.programme.results);
    const listed = await hub.query(
      '{ observations(filter: { reviewStatuses: [SUBMITTED], periodFrom: "2047-01-01", periodTo: "2047-12-31" }) { nodes { id } } }',
      {},
      viewers.admin,
    );
    expect(
      (await hub.query(REVIEW, { ids: [listed.data!.observations.nodes[0].id], decision: 'APPROVE' }, viewers.admin))
        .errors,
    ).toBeUndefined();
    expect((await hub.query(results)).data!.programme.results).toEqual([
      { latestActual: { value: 77, periodEnd: '2047-12-31' } },
    ]);
    const series = await hub.query(
      '{ series(indicator: "TRAINED", from: "2047-01-01", to: "2047-12-31", period: YEAR, groupBy: [PROGRAMME]) { points { value programme { code } } } }',
    );
    expect(series.data!.series.points).toEqual([{ value: 77, programme: { code: 'PUBLIC' } }]);
  });

  it('answers one of two concurrent updates of one value at the same version with CONFLICT, and writes nothing for it', async () => {
    const [row] = dailyRows(1, home, '2048-01-01', 1);
    await hub.query(SUBMIT, { rows: [row] }, viewers.reporter);
    const results = await Promise.all(
      [2, 3].map((value) => hub.query(SUBMIT, { rows: [{ ...row, value, version: 1 }] }, viewers.reporter)),
    );
    const outcomes = results.map((result) => (result.errors ? String(result.errors[0].extensions?.code) : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const refused = results.find((result) => result.errors)!;
    expect(refused.errors![0].extensions!.rows).toEqual([
      { index: 0, field: 'version', reason: 'the value is at version 2 now, not 1.' },
    ]);
    expect(await count(`period_start = '2048-01-01' and version = 2 and value in (2, 3)`)).toBe(1);
    const missing = await hub.query(
      SUBMIT,
      { rows: [{ ...row, periodStart: '2048-02-01', periodEnd: '2048-02-01', version: 1 }] },
      viewers.reporter,
    );
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      rows: [{ index: 0, field: 'version', reason: 'no value is stored under this key.' }],
    });
  });

  it('answers one of two concurrent reviews at the same version with CONFLICT', async () => {
    await hub.query(SUBMIT, { rows: dailyRows(1, home, '2046-01-01') }, viewers.reporter);
    const listed = await hub.query(
      '{ observations(filter: { reviewStatuses: [SUBMITTED], periodFrom: "2046-01-01", periodTo: "2046-01-01" }) { nodes { id version periodStart } } }',
      {},
      viewers.reviewer,
    );
    const value = listed.data!.observations.nodes.find(
      (node: { periodStart: string }) => node.periodStart === '2046-01-01',
    );
    const results = await Promise.all([
      hub.query(REVIEW, { ids: [value.id], decision: 'APPROVE', versions: [value.version] }, viewers.reviewer),
      hub.query(
        REVIEW,
        { ids: [value.id], decision: 'RETURN', comment: 'No.', versions: [value.version] },
        viewers.admin,
      ),
    ]);
    const outcomes = results.map((result) => (result.errors ? String(result.errors[0].extensions?.code) : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    expect(await count(`version = ${value.version + 1} and period_start = '2046-01-01'`)).toBe(1);
  });
});
