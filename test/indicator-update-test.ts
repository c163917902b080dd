import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

const CREATE = readFileSync(join(__dirname, '..', 'docs', 'mutations', 'create-indicator.graphql'), 'utf8');
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: IndicatorInput!) { updateIndicator(id: $id, version: $version, input: $input) { unit disaggregations version } }';
const SUBMIT = 'mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { created } }';

/** An indicator whose values are stored keeps what they were measured by. */
describe('updating an indicator that has values', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const input = {
    code: 'WOMEN_IN_COUNCIL',
    nameEn: 'Councillors',
    unit: 'COUNT',
    level: 'OUTCOME',
    direction: 'NEUTRAL',
    aggregation: 'SUM',
    disaggregations: ['SEX'],
    computation: 'REPORTED',
  };
  let id = '';

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const created = await hub.query(CREATE, { input }, viewers.admin);
    id = created.data!.createIndicator.id;
    // Without values, anything may change.
    const loose = await hub.query(
      UPDATE,
      { id, version: 1, input: { ...input, unit: 'PERCENT', disaggregations: [] } },
      viewers.admin,
    );
    expect(loose.data!.updateIndicator).toEqual({ unit: 'PERCENT', disaggregations: [], version: 2 });
    expect((await hub.query(UPDATE, { id, version: 2, input }, viewers.admin)).data!.updateIndicator.version).toBe(3);
    const [home] = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from municipality where name_local = 'Home'`);
    const row = {
      indicator: input.code,
      scope: toGlobalId('Municipality', home.id),
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    };
    const submitted = await hub.query(
      SUBMIT,
      {
        rows: [
          { ...row, sex: 'FEMALE', value: 7 },
          { ...row, sex: 'MALE', value: 5 },
        ],
      },
      viewers.admin,
    );
    expect(submitted.data!.submitObservations.created).toBe(2);
  });
  afterAll(() => hub.close());

  it('refuses another unit, COMPUTED, or dropping the split the values use, with CONFLICT naming each field, and changes nothing', async () => {
    const refused = await hub.query(
      UPDATE,
      { id, version: 3, input: { ...input, unit: 'PERCENT', computation: 'COMPUTED', disaggregations: [] } },
      viewers.admin,
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [
        { path: 'input.unit', reason: '2 stored values are in COUNT; an indicator with values keeps its unit.' },
        {
          path: 'input.computation',
          reason: '2 stored values are reported; an indicator with reported values cannot become COMPUTED.',
        },
        { path: 'input.disaggregations', reason: '2 stored values are split by SEX; keep SEX.' },
      ],
    });
    const stored = await hub.orm.em
      .fork()
      .execute<{ unit: string; version: number }[]>(
        `select unit, version from indicator where code = 'WOMEN_IN_COUNCIL'`,
      );
    expect(stored).toEqual([{ unit: 'COUNT', version: 3 }]);
  });

  it('takes changes the values allow: a new name, another split added', async () => {
    const renamed = await hub.query(
      UPDATE,
      { id, version: 3, input: { ...input, nameEn: 'Councillors by sex', disaggregations: ['SEX', 'ROLE'] } },
      viewers.admin,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateIndicator).toEqual({ unit: 'COUNT', disaggregations: ['SEX', 'ROLE'], version: 4 });
  });
});
