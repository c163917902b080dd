import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { toGlobalId } from '../src/schema/global-id';
import { seedDatabase } from '../src/seed/seed-database';
import { bodyOf, type GraphQLResponseBody } from './support/expect-error';
import { initScratchHub, type TestHub } from './support/test-hub';

const SUBMIT = `mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { received created updated unchanged } }`;
const PENDING = `query ($municipality: ID!) {
  observations(filter: { reviewStatuses: [SUBMITTED], indicator: "GENDER_TRAINING_PARTICIPANTS", scope: $municipality }) { nodes { id sex version reviewStatus } }
}`;
const REVIEW = `mutation ($ids: [ID!]!, $versions: [Int!]) { reviewObservations(ids: $ids, decision: APPROVE, versions: $versions) { id reviewStatus } }`;
const SERIES = `query ($municipality: ID!) {
  series(indicator: "GENDER_TRAINING_PARTICIPANTS", from: "2025-01-01", to: "2025-12-31", period: YEAR, groupBy: [SEX], filter: { municipality: $municipality }) {
    points { sex value }
  }
}`;

/**
 * The reporting round of a programme with directly participating municipalities (Likestilte
 * kommuner): the municipality's REPORTER sends a year's values split by sex, the funding ministry's
 * REVIEWER approves them, and anonymous analytics show them. All over real HTTP with real tokens.
 */
describe('a municipality reports a year by sex, the programme reviews it, analytics show it', () => {
  let hub: TestHub;
  let url: string;
  let reporter: string;
  let reviewer: string;
  let municipality: string;
  const ask = async (
    query: string,
    variables: Record<string, unknown>,
    secret?: string,
  ): Promise<GraphQLResponseBody> =>
    bodyOf(
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify({ query, variables }),
      }),
    );

  beforeAll(async () => {
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    await seedDatabase(em);
    const [{ municipality_id, organisation_id }] = await em.execute<
      { municipality_id: number; organisation_id: number }[]
    >(`
      select pp.municipality_id, pf.organisation_id from programme_participant pp
      join programme p on p.id = pp.programme_id and p.code = 'NO_LIKESTILTE_KOMMUNER'
      join programme_funder pf on pf.programme_id = p.id
      order by pp.municipality_id limit 1`);
    municipality = toGlobalId('Municipality', municipality_id);
    reporter = (
      await createApiToken(em.fork(), { name: 'reporter', role: Role.REPORTER, municipalityIds: [municipality_id] })
    ).secret;
    reviewer = (
      await createApiToken(em.fork(), { name: 'reviewer', role: Role.REVIEWER, organisationIds: [organisation_id] })
    ).secret;
    url = await hub.listen();
  });
  afterAll(() => hub.close());

  it('goes from submitted to approved to the series', async () => {
    const year = {
      indicator: 'GENDER_TRAINING_PARTICIPANTS',
      scope: municipality,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      evidenceUrls: ['https://example.org/training-register-2025.pdf'],
    };
    const rows = [
      { ...year, sex: 'FEMALE', value: 12 },
      { ...year, sex: 'MALE', value: 9 },
    ];
    const submitted = await ask(SUBMIT, { rows }, reporter);
    expect(submitted).toEqual({
      data: { submitObservations: { received: 2, created: 2, updated: 0, unchanged: 0 } },
      extensions: expect.anything(),
    });
    expect((await ask(SERIES, { municipality })).data!.series.points).toEqual([]);

    const pending = (await ask(PENDING, { municipality }, reviewer)).data!.observations.nodes as {
      id: string;
      sex: string;
      version: number;
    }[];
    expect(pending.map((node) => node.sex).sort()).toEqual(['FEMALE', 'MALE']);
    const approved = await ask(
      REVIEW,
      { ids: pending.map((node) => node.id), versions: pending.map((node) => node.version) },
      reviewer,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.reviewObservations.map((node: { reviewStatus: string }) => node.reviewStatus)).toEqual([
      'APPROVED',
      'APPROVED',
    ]);

    const points = (await ask(SERIES, { municipality })).data!.series.points as { sex: string; value: number }[];
    expect(points.sort((a, b) => a.sex.localeCompare(b.sex))).toEqual([
      { sex: 'FEMALE', value: 12 },
      { sex: 'MALE', value: 9 },
    ]);
  });
});
