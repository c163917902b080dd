import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/entities/role.enum';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { seedDatabase } from '../src/seed/seed-database';
import { initScratchHub, type TestHub } from './support/test-hub';

const SUBMIT = `mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { received } }`;
const QUEUE = `query {
  observations(first: 100, filter: { reviewStatuses: [SUBMITTED], indicator: "GENDER_TRAINING_PARTICIPANTS" }) {
    nodes { id sex periodStart value previousApproved { value periodEnd reviewStatus } }
  }
}`;
const VIEWER = `query { viewer { role municipalities { code nameLocal } organisations { code } } }`;

/**
 * The fields the web app's reporting and review pages need beyond what the API had: `viewer` (the
 * caller's role and scope) and `Observation.previousApproved` (what a reviewer compares a submitted
 * value with), loaded for a whole queue in one statement.
 */
describe('the review queue fields: viewer and previousApproved', () => {
  let hub: TestHub;
  let admin: Viewer;
  let reporter: Viewer;
  const municipalities: number[] = [];

  beforeAll(async () => {
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    await seedDatabase(em);
    const rows = await em.execute<{ municipality_id: number }[]>(`
      select pp.municipality_id from programme_participant pp
      join programme p on p.id = pp.programme_id and p.code = 'NO_LIKESTILTE_KOMMUNER'
      order by pp.municipality_id limit 3`);
    municipalities.push(...rows.map((row) => row.municipality_id));
    admin = { key: 'token:1', tokenId: 1, role: Role.ADMIN, organisationIds: [], municipalityIds: [] };
    reporter = {
      key: 'token:2',
      tokenId: 2,
      role: Role.REPORTER,
      organisationIds: [],
      municipalityIds: municipalities,
    };
  });
  afterAll(() => hub.close());

  it("answers the caller's role and municipalities, and nothing for an anonymous caller", async () => {
    const mine = await hub.query(VIEWER, {}, reporter);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.viewer.role).toBe('REPORTER');
    expect(mine.data!.viewer.municipalities).toHaveLength(3);
    expect(mine.data!.viewer.organisations).toEqual([]);
    const anonymous = await hub.query(VIEWER);
    expect(anonymous.data!.viewer).toEqual({ role: null, municipalities: [], organisations: [] });
  });

  it("gives each submitted value the cell's last approved value before it, for a whole queue in one statement", async () => {
    const year = (municipality: number, start: string, end: string) => ({
      indicator: 'GENDER_TRAINING_PARTICIPANTS',
      scope: toGlobalId('Municipality', municipality),
      periodStart: start,
      periodEnd: end,
    });
    const older = municipalities.flatMap((municipality) => [
      { ...year(municipality, '2023-01-01', '2023-12-31'), sex: 'FEMALE', value: 5 },
      { ...year(municipality, '2024-01-01', '2024-12-31'), sex: 'FEMALE', value: 7 },
      { ...year(municipality, '2024-01-01', '2024-12-31'), sex: 'MALE', value: 3 },
    ]);
    expect((await hub.query(SUBMIT, { rows: older }, admin)).errors).toBeUndefined();
    await hub.orm.em.fork().execute(`update observation set review_status = 'APPROVED'`);
    const current = municipalities.flatMap((municipality) => [
      { ...year(municipality, '2025-01-01', '2025-12-31'), sex: 'FEMALE', value: 12 },
      { ...year(municipality, '2025-01-01', '2025-12-31'), sex: 'TOTAL', value: 20 },
    ]);
    expect((await hub.query(SUBMIT, { rows: current }, admin)).errors).toBeUndefined();

    const queue = await hub.query(QUEUE, {}, admin);
    expect(queue.errors).toBeUndefined();
    const nodes = queue.data!.observations.nodes as { sex: string; previousApproved: unknown }[];
    expect(nodes).toHaveLength(6);
    for (const node of nodes)
      expect(node.previousApproved).toEqual(
        node.sex === 'FEMALE' ? { value: 7, periodEnd: '2024-12-31', reviewStatus: 'APPROVED' } : null,
      );
    // The page, its total, and one statement for every value's previous approved value.
    const fewer = await hub.query(QUEUE.replace('first: 100', 'first: 2'), {}, admin);
    expect(queue.statements).toBe(fewer.statements);
  });
});
