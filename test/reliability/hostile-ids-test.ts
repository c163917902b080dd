import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import { toGlobalId } from '../../src/schema/global-id';
import { buildAccessWorld } from '../support/access-fixture';
import { snapshotDatabase, type DatabaseSnapshot } from '../support/database-snapshot';
import { expectAnsweredAsClientError, operation, send } from '../support/hostile-http';
import { initScratchHub, type TestHub } from '../support/test-hub';

/**
 * Ids well formed but with keys no row of the database can have: beyond PostgreSQL's `integer`
 * (2^31 and up, below -2^31) or at the edge of JavaScript's safe integers. Every argument that takes
 * an id must answer them like any id that names nothing (BAD_USER_INPUT or NOT_FOUND), never with
 * INTERNAL_SERVER_ERROR from a cast in SQL. Sent by an ADMIN, so no access rule answers first.
 */

const OUT_OF_RANGE_KEYS = ['2147483648', '9007199254740991', '-2147483649'];

const ARCHIVABLE = [
  'Programme',
  'ProgrammeComponent',
  'Initiative',
  'Activity',
  'Organisation',
  'Municipality',
  'WorkingGroup',
  'WorkingGroupMember',
  'Indicator',
  'CharterSignature',
  'PolicyDocument',
  'GoodPractice',
];

/** An argument that takes an id: the type its id names, and the operation with its variables for one id. */
interface IdArgument {
  name: string;
  typeName: string;
  query: string;
  variables: (id: string) => Record<string, unknown>;
}

const byId = (id: string) => ({ id });
const ID_ARGUMENTS: IdArgument[] = [
  { name: 'node(id)', typeName: 'Observation', query: 'query ($id: ID!) { node(id: $id) { id } }', variables: byId },
  {
    name: 'history(id)',
    typeName: 'Observation',
    query: 'query ($id: ID!) { history(id: $id) { action } }',
    variables: byId,
  },
  ...ARCHIVABLE.map((typeName): IdArgument => ({
    name: `archive${typeName}(id)`,
    typeName,
    query: `mutation ($id: ID!) { archive${typeName}(id: $id, version: 1) { id } }`,
    variables: byId,
  })),
  {
    name: 'reviewObservations(ids)',
    typeName: 'Observation',
    query: 'mutation ($ids: [ID!]!) { reviewObservations(ids: $ids, decision: APPROVE) { id } }',
    variables: (id) => ({ ids: [id] }),
  },
  {
    name: 'submitObservations(rows.scope)',
    typeName: 'Municipality',
    query:
      'mutation ($id: ID!) { submitObservations(rows: [{ indicator: "TRAINED", scope: $id, periodStart: "2020-01-01", periodEnd: "2020-12-31", value: 1 }]) { received } }',
    variables: byId,
  },
  {
    name: 'observations(filter.scope)',
    typeName: 'Municipality',
    query: 'query ($id: ID!) { observations(filter: { scope: $id }) { totalCount } }',
    variables: byId,
  },
  {
    name: 'initiatives(filter.municipality)',
    typeName: 'Municipality',
    query: 'query ($id: ID!) { initiatives(filter: { municipality: $id }) { totalCount } }',
    variables: byId,
  },
  {
    name: 'municipalities(filter.parent)',
    typeName: 'Municipality',
    query: 'query ($id: ID!) { municipalities(filter: { parent: $id }) { totalCount } }',
    variables: byId,
  },
  {
    name: 'series(filter.municipality)',
    typeName: 'Municipality',
    query:
      'query ($id: ID!) { series(indicator: "TRAINED", from: "2020-01-01", to: "2020-12-31", period: YEAR, filter: { municipality: $id }) { value } }',
    variables: byId,
  },
  {
    name: 'sexBreakdown(scope)',
    typeName: 'Municipality',
    query:
      'query ($id: ID!) { sexBreakdown(indicator: "TRAINED", scope: $id, from: "2020-01-01", to: "2020-12-31") { total } }',
    variables: byId,
  },
  {
    name: 'createInitiative(input.programme)',
    typeName: 'Programme',
    query:
      'mutation ($id: ID!) { createInitiative(input: { programme: $id, code: "OUT-OF-RANGE", nameEn: "Out of range" }) { id } }',
    variables: byId,
  },
];

describe("ids with keys beyond the database's integers, over HTTP", () => {
  let hub: TestHub;
  let url: string;
  let admin: string;
  let before: DatabaseSnapshot;

  beforeAll(async () => {
    hub = await initScratchHub();
    await buildAccessWorld(hub.orm.em.fork());
    admin = (await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    url = await hub.listen();
    before = await snapshotDatabase(hub.orm.config.get('clientUrl'));
  });
  afterAll(() => hub?.close());

  const cases = ID_ARGUMENTS.flatMap((argument) =>
    OUT_OF_RANGE_KEYS.map((key) => [`${argument.name} with key ${key}`, argument, key] as const),
  );
  it.each(cases)('%s names nothing', async (name, argument, key) => {
    const response = await send(
      url,
      operation(argument.query, argument.variables(toGlobalId(argument.typeName, key)), {
        authorization: `Bearer ${admin}`,
      }),
    );
    // A filter may answer an empty list; an error must be one that says the id names nothing.
    expectAnsweredAsClientError(name, response, { refused: false, codes: ['BAD_USER_INPUT', 'NOT_FOUND'] });
  });

  it('wrote nothing', async () => {
    expect(await snapshotDatabase(hub.orm.config.get('clientUrl'))).toEqual(before);
  });
});
