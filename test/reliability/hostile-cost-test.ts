import { getNamedType, isInterfaceType, isObjectType, parse, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNKNOWN_SCOPE_COUNTS } from '../../src/analytics/scope-counts';
import { buildHubSchema } from '../../src/schema/build-schema';
import { costOf as reckonedCost } from '../../src/server/limits/query-cost';
import { serverSettingsFromEnv } from '../../src/server/server-settings';
import { initTestHub, type OperationResult, type TestHub } from '../support/test-hub';

/**
 * Mispriced analytics: a root field whose work (cells, points, rows) grows with its arguments must
 * cost accordingly before it runs, so the per-operation limit, the rate budget and the cost
 * admission hold a costly operation back. Costs are read as a client sees them, from
 * `extensions.cost` of an answer or of a refusal.
 */

const { maxCost } = serverSettingsFromEnv({}).limits;

/** 20 distinct codes: as many as a completeness report or a ranking takes (unknown codes are costed before they are looked up). */
const CODES = Array.from({ length: 20 }, (_, i) => `CODE_${i}`);
const codes = (n: number) => JSON.stringify(CODES.slice(0, n));
const weighted = (n: number) =>
  `[${CODES.slice(0, n)
    .map((code) => `{ code: "${code}" }`)
    .join(', ')}]`;
const years = (from: number, to: number) => `from: "${from}-01-01", to: "${to}-12-31"`;

const COMPLETENESS_SELECTION =
  '{ expectedCount missingCount scopes(first: 20) { nodes { missingCount missingCells(first: 20) { nodes { periodStart sex } } } } }';
const SERIES_SELECTION = '{ points { periodStart periodEnd municipality { code } programme { code } sex role value } }';
const RANKING_SELECTION = '{ municipalityCount entries(first: 20) { nodes { rank composite municipality { code } } } }';
const CHARTER_SELECTION = '{ country { code } year signatories overdue }';

/**
 * Operations of growing size for one analytics root field, the last maximal: it is refused unrun,
 * or, when one such operation may run, charged at least `atLeast`, the work it may do in points.
 */
interface GrowingCase {
  operations: string[];
  atLeast?: number;
}

/** A completeness report at the cell cap: 250 000 cells for each of its three statements, at 25 cells a point. */
const CELL_CAP_POINTS = 3 * (250_000 / 25);

/** Every analytics root field and how its arguments make it grow; a field missing here fails the test. */
const GROWING: Record<string, GrowingCase> = {
  municipalityCompleteness: {
    operations: [
      `{ municipalityCompleteness(country: "NO", indicators: ${codes(1)}, ${years(2012, 2012)}, period: YEAR) ${COMPLETENESS_SELECTION} }`,
      `{ municipalityCompleteness(country: "NO", indicators: ${codes(5)}, ${years(2000, 2019)}, period: YEAR) ${COMPLETENESS_SELECTION} }`,
      `{ municipalityCompleteness(country: "NO", indicators: ${codes(20)}, ${years(1926, 2025)}, period: QUARTER) ${COMPLETENESS_SELECTION} }`,
    ],
    atLeast: CELL_CAP_POINTS,
  },
  programmeCompleteness: {
    operations: [
      `{ programmeCompleteness(programme: "NO_LIKESTILTE_KOMMUNER", indicators: ${codes(1)}, ${years(2012, 2012)}, period: YEAR) ${COMPLETENESS_SELECTION} }`,
      `{ programmeCompleteness(programme: "NO_LIKESTILTE_KOMMUNER", indicators: ${codes(5)}, ${years(2000, 2019)}, period: YEAR) ${COMPLETENESS_SELECTION} }`,
      `{ programmeCompleteness(programme: "NO_LIKESTILTE_KOMMUNER", indicators: ${codes(20)}, ${years(1926, 2025)}, period: QUARTER) ${COMPLETENESS_SELECTION} }`,
    ],
    atLeast: CELL_CAP_POINTS,
  },
  series: {
    operations: [
      `{ series(indicator: "GENDER_TRAINING_PARTICIPANTS", ${years(2012, 2014)}, period: YEAR) ${SERIES_SELECTION} }`,
      `{ series(indicator: "GENDER_TRAINING_PARTICIPANTS", ${years(2000, 2019)}, period: YEAR, groupBy: [SEX]) ${SERIES_SELECTION} }`,
      `{ series(indicator: "GENDER_TRAINING_PARTICIPANTS", ${years(1926, 2025)}, period: QUARTER, groupBy: [MUNICIPALITY, PROGRAMME, SEX, ROLE]) ${SERIES_SELECTION} }`,
    ],
  },
  municipalityRanking: {
    operations: [
      `{ municipalityRanking(country: "NO", year: 2014, indicators: ${weighted(1)}) ${RANKING_SELECTION} }`,
      `{ municipalityRanking(country: "NO", year: 2014, indicators: ${weighted(5)}) ${RANKING_SELECTION} }`,
      `{ municipalityRanking(country: "NO", year: 2014, indicators: ${weighted(20)}) ${RANKING_SELECTION} }`,
    ],
    // Norway's 20 municipalities of the seed, each scored on 20 indicators.
    atLeast: 20 * 20,
  },
  charterSignatoryCounts: {
    operations: [
      `{ charterSignatoryCounts(countries: ["RS"], from: 2012, to: 2012) ${CHARTER_SELECTION} }`,
      `{ charterSignatoryCounts(countries: ["RS", "NO", "SE"], from: 2000, to: 2019) ${CHARTER_SELECTION} }`,
      `{ charterSignatoryCounts(countries: ${JSON.stringify(Array.from({ length: 300 }, () => 'RS'))}, from: 1926, to: 2025) ${CHARTER_SELECTION} }`,
    ],
  },
};

/** Root fields that compute their answer but whose work no argument multiplies; each says why. */
const BOUNDED: Record<string, string> = {
  sexBreakdown: "three cells of one indicator for one scope: the work is that scope's values, whatever the range",
  history: 'the audit rows of one record, not an analytics field',
  viewer: 'the caller itself, not an analytics field',
  accounts: "the hub's accounts, read by ADMIN only: records, not an analytics field",
  apiTokens: "the hub's API tokens, read by ADMIN only: records, not an analytics field",
};

/** A root field that answers records (a Node, or a list of them) or pages of them: not analytics. */
function answersRecords(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  if (type.name.endsWith('Connection') || (isInterfaceType(type) && type.name === 'Node')) return true;
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
}

/** The cost the hub reckoned for an operation, from its answer or its refusal. */
function costOf(result: OperationResult): number {
  const cost = (result.extensions?.cost ?? result.errors![0].extensions!.cost) as { requested: number };
  return cost.requested;
}

describe('analytics are priced by the work their arguments ask for, before they run', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(() => hub.close());

  it('knows how every analytics root field grows, enumerated from the schema', async () => {
    const schema = await buildHubSchema();
    const analytics = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => !answersRecords(field))
      .map((field) => field.name);
    expect(analytics.filter((name) => !(name in GROWING) && !(name in BOUNDED))).toEqual([]);
    for (const name of Object.keys(GROWING)) {
      expect(
        typeof schema.getQueryType()!.getFields()[name].extensions.complexity,
        `${name} declares its cost beside the field`,
      ).toBe('function');
    }
  });

  it('prices every analytics field finitely before the scope counts are first read, so its smallest case still runs', async () => {
    const schema = await buildHubSchema();
    for (const [name, { operations }] of Object.entries(GROWING)) {
      const costs = operations.map((operation) =>
        reckonedCost(schema, parse(operation), {}, undefined, UNKNOWN_SCOPE_COUNTS)!,
      );
      for (const cost of costs) expect(Number.isFinite(cost), `${name}: ${costs.join(', ')}`).toBe(true);
      expect(costs[0], `${name}: the smallest case still runs`).toBeLessThan(maxCost);
    }
  });

  it("prices the lists clients write without paging (a programme's budgets and disbursements) at their caps before the scope counts are read", async () => {
    const schema = await buildHubSchema();
    const cost = (operation: string) => reckonedCost(schema, parse(operation), {}, undefined, UNKNOWN_SCOPE_COUNTS)!;
    // programme 1 + the list 1 + 2 000 disbursements x 2 fields; 100 budgets x 1 field.
    expect(cost('{ programme(code: "HAJ") { disbursements { disbursedOn description } } }')).toBe(1 + 1 + 2_000 * 2);
    expect(cost('{ programme(code: "HAJ") { budgets { periodStart } } }')).toBe(1 + 1 + 100);
    expect(cost('{ programmes(first: 100) { nodes { disbursements { disbursedOn description } } } }')).toBeGreaterThan(
      maxCost,
    );
  });

  for (const [name, { operations, atLeast }] of Object.entries(GROWING)) {
    it(`${name}: costs more as its arguments grow, and its maximal operation is refused unrun or charged its work`, async () => {
      const results = [];
      for (const operation of operations) results.push(await hub.query(operation));
      const costs = results.map(costOf);
      for (let i = 1; i < costs.length; i++)
        expect(costs[i], `${name}: ${costs.join(' < ')}`).toBeGreaterThan(costs[i - 1]);
      const maximal = results.at(-1)!;
      if (atLeast === undefined) {
        expect(costs.at(-1), name).toBeGreaterThan(maxCost);
        expect(maximal.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
        expect(maximal.statements).toBe(0);
      } else {
        expect(costs.at(-1), name).toBeGreaterThanOrEqual(atLeast);
      }
    });
  }

  it('refuses 30 aliases of completeness over 100 years and 14 indicators without running any', async () => {
    const alias = (i: number) =>
      `c${i}: municipalityCompleteness(country: "NO", indicators: ${codes(14)}, ${years(1926, 2025)}, period: YEAR) { scopeCount expectedCount presentCount missingCount completeness indicators { expectedCount } }`;
    const result = await hub.query(`{ ${Array.from({ length: 30 }, (_, i) => alias(i)).join('\n')} }`);
    expect(result.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(costOf(result)).toBeGreaterThan(maxCost);
    expect(result.data).toBeUndefined();
    expect(result.statements).toBe(0);
  });

  it('prices each aliased connection under a report or a ranking as the statement it runs', async () => {
    const aliases = (n: number, field: string) =>
      Array.from({ length: n }, (_, i) => `${field.split('(')[0]}${i}: ${field}`).join(' ');
    const report = (selection: string) =>
      `{ municipalityCompleteness(country: "NO", indicators: ${codes(5)}, ${years(2000, 2019)}, period: YEAR) { expectedCount ${selection} } }`;
    const oneScopes = costOf(await hub.query(report(aliases(1, 'scopes(first: 0) { totalCount }'))));
    const manyScopes = await hub.query(report(aliases(29, 'scopes(first: 0) { totalCount }')));
    // One statement for the counts and one a `scopes` alias: 2 priced against 30.
    expect(costOf(manyScopes)).toBeGreaterThanOrEqual(10 * oneScopes);
    const oneMissing = costOf(
      await hub.query(report(`scopes(first: 1) { nodes { ${aliases(1, 'missingCells(first: 0) { totalCount }')} } }`)),
    );
    const manyMissing = costOf(
      await hub.query(report(`scopes(first: 1) { nodes { ${aliases(29, 'missingCells(first: 0) { totalCount }')} } }`)),
    );
    expect(manyMissing).toBeGreaterThanOrEqual(7 * oneMissing);

    const ranking = (selection: string) =>
      `{ municipalityRanking(country: "NO", year: 2014, indicators: ${weighted(5)}) { municipalityCount ${selection} } }`;
    const oneEntries = costOf(await hub.query(ranking(aliases(1, 'entries(first: 0) { totalCount }'))));
    const manyEntries = await hub.query(ranking(aliases(29, 'entries(first: 0) { totalCount }')));
    expect(costOf(manyEntries)).toBeGreaterThanOrEqual(10 * oneEntries);
  });

  it('refuses a huge series unrun, and answers a normal one', async () => {
    const huge = await hub.query(
      `{ series(indicator: "GENDER_TRAINING_PARTICIPANTS", ${years(1926, 2025)}, period: QUARTER, groupBy: [MUNICIPALITY, SEX]) ${SERIES_SELECTION} }`,
    );
    expect(huge.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(huge.statements).toBe(0);
    const normal = await hub.query(
      `{ series(indicator: "GENDER_TRAINING_PARTICIPANTS", ${years(2008, 2013)}, period: CUSTOM, groupBy: [PROGRAMME, SEX]) ${SERIES_SELECTION} }`,
    );
    expect(normal.errors).toBeUndefined();
    expect(normal.data!.series.points.length).toBeGreaterThan(0);
    expect(costOf(normal)).toBeLessThan(maxCost);
  });

  it('costs a totalCount as a count, once a connection, whatever the page size', async () => {
    const counted = costOf(await hub.query('{ observations(first: 0) { totalCount } }'));
    const twice = costOf(
      await hub.query(
        '{ a: observations(first: 0) { totalCount } b: observations(first: 0) { ...Total } } fragment Total on ObservationConnection { totalCount }',
      ),
    );
    expect(counted).toBeGreaterThanOrEqual(100);
    expect(twice).toBe(2 * counted);
  });

  it('costs `last` without `before` as a count too: it counts the list to find its end', async () => {
    const counted = costOf(await hub.query('{ observations(first: 0) { totalCount } }'));
    const fromEnd = await hub.query('{ observations(last: 0) { pageInfo { hasPreviousPage } } }');
    expect(fromEnd.errors).toBeUndefined();
    expect(costOf(fromEnd)).toBeGreaterThanOrEqual(counted);
    const aliases = await hub.query(
      `{ ${Array.from({ length: 30 }, (_, i) => `o${i}: observations(last: 0) { pageInfo { hasPreviousPage } }`).join(' ')} }`,
    );
    expect(costOf(aliases)).toBeGreaterThanOrEqual(30 * counted);
  });
});
