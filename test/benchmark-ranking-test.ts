import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/entities/role.enum';
import type { Viewer } from '../src/auth/viewer';
import { IndicatorDirection } from '../src/entities/indicator.entity';
import { MunicipalityKind } from '../src/entities/municipality.entity';
import { ObservationKind, ReviewStatus } from '../src/entities/observation.entity';
import { Sex } from '../src/entities/sex.enum';
import { expectOneError } from './support/expect-error';
import {
  generateBenchmarkCountry,
  generateBenchmarkIndicators,
  type GeneratedCountry,
  type GeneratedIndicator,
} from './support/generated-benchmark-data';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';

const RANKING = /* GraphQL */ `
  query Ranking(
    $country: CountryCode!
    $year: Int!
    $indicators: [WeightedIndicator!]!
    $normalisation: Normalisation
    $kind: MunicipalityKind
    $first: Int
    $after: String
  ) {
    municipalityRanking(
      country: $country
      year: $year
      indicators: $indicators
      normalisation: $normalisation
      kind: $kind
    ) {
      year
      normalisation
      entries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          rank
          percentile
          composite
          municipality {
            code
          }
          coverage {
            available
            requested
          }
          scores {
            indicator {
              code
            }
            weight
            value
            score
            missing
          }
        }
      }
    }
  }
`;

interface ApiEntry {
  rank: number | null;
  percentile: number | null;
  composite: number | null;
  municipality: { code: string };
  coverage: { available: number; requested: number };
  scores: {
    indicator: { code: string };
    weight: number;
    value: number | null;
    score: number | null;
    missing: boolean;
  }[];
}

interface Choice {
  code: string;
  weight: number;
}

type Normalisation = 'MIN_MAX' | 'Z_SCORE';

/** Composites closer than this are one tie: the API rounds composites to 12 decimals. */
const TIE = 1e-10;

/**
 * The ranking worked out here, in JavaScript, from the rows the generator wrote: the value of each
 * municipality and indicator, normalisation, weighted composites, ranks with ties, percentiles.
 */
function expectedRanking(
  country: GeneratedCountry,
  indicators: Record<string, GeneratedIndicator>,
  year: number,
  chosen: Choice[],
  normalisation: Normalisation,
  kind: MunicipalityKind | null = null,
) {
  const places = country.municipalities.filter(
    (m) => (kind === null || m.kind === kind) && (m.validTo === null || m.validTo >= `${year}-01-01`),
  );
  const placeIds = new Set(places.map((m) => m.id));
  // The value: approved ACTUAL total inside the year, latest period end, then latest start.
  const values = new Map<string, { value: number; end: string; start: string }>();
  for (const o of country.observations) {
    const counts =
      placeIds.has(o.municipalityId) &&
      o.reviewStatus === ReviewStatus.APPROVED &&
      o.kind === ObservationKind.ACTUAL &&
      o.sex === Sex.TOTAL &&
      o.role === null &&
      o.periodStart >= `${year}-01-01` &&
      o.periodEnd <= `${year}-12-31`;
    if (!counts) continue;
    const key = `${o.municipalityId}:${o.indicatorId}`;
    const held = values.get(key);
    if (!held || o.periodEnd > held.end || (o.periodEnd === held.end && o.periodStart > held.start)) {
      values.set(key, { value: o.value, end: o.periodEnd, start: o.periodStart });
    }
  }
  const statistics = chosen.map(({ code }) => {
    const id = indicators[code].id;
    const present = places.map((m) => values.get(`${m.id}:${id}`)?.value).filter((v): v is number => v !== undefined);
    const lo = Math.min(...present);
    const hi = Math.max(...present);
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
    return {
      id,
      code,
      lowerIsBetter: indicators[code].direction === IndicatorDirection.LOWER_IS_BETTER,
      lo,
      hi,
      mean,
      sd,
    };
  });
  const normalise = (value: number, s: (typeof statistics)[number]) => {
    if (normalisation === 'MIN_MAX') {
      if (s.hi === s.lo) return 0.5;
      return s.lowerIsBetter ? (s.hi - value) / (s.hi - s.lo) : (value - s.lo) / (s.hi - s.lo);
    }
    if (Math.abs(s.sd) < 1e-12) return 0;
    return ((s.lowerIsBetter ? -1 : 1) * (value - s.mean)) / s.sd;
  };
  const entries = places.map((m) => {
    const scores = chosen.map(({ weight }, index) => {
      const s = statistics[index];
      const value = values.get(`${m.id}:${s.id}`)?.value ?? null;
      return {
        indicator: { code: s.code },
        weight,
        value,
        score: value === null ? null : normalise(value, s),
        missing: value === null,
      };
    });
    const available = scores.filter((score) => !score.missing);
    const weightSum = available.reduce((a, score) => a + score.weight, 0);
    const composite =
      weightSum === 0 ? null : available.reduce((a, score) => a + score.weight * score.score!, 0) / weightSum;
    return { m, composite, coverage: { available: available.length, requested: chosen.length }, scores };
  });
  const ranked = entries.filter((e) => e.composite !== null);
  const withRank = entries.map((e) => {
    if (e.composite === null) return { ...e, rank: null, percentile: null };
    const better = ranked.filter((other) => other.composite! - e.composite! > TIE).length;
    const worse = ranked.filter((other) => e.composite! - other.composite! > TIE).length;
    return { ...e, rank: better + 1, percentile: ranked.length > 1 ? (100 * worse) / (ranked.length - 1) : 0 };
  });
  withRank.sort((a, b) => {
    if (a.composite === null || b.composite === null) {
      if (a.composite !== b.composite && (a.composite === null || b.composite === null))
        return a.composite === null ? 1 : -1;
    } else if (Math.abs(a.composite - b.composite) > TIE) {
      return b.composite - a.composite;
    }
    return a.m.nameLocal < b.m.nameLocal ? -1 : a.m.nameLocal > b.m.nameLocal ? 1 : a.m.id - b.m.id;
  });
  return withRank.map(({ m, ...entry }) => ({ ...entry, municipality: { code: m.code } }));
}

/** Compares every entry: exact ranks, coverage, codes and raw values; composites, scores and percentiles to 1e-9. */
function expectSameRanking(actual: ApiEntry[], expected: ReturnType<typeof expectedRanking>): void {
  expect(actual.map((e) => e.municipality.code)).toEqual(expected.map((e) => e.municipality.code));
  actual.forEach((entry, index) => {
    const want = expected[index];
    const where = `entry ${index} (${entry.municipality.code})`;
    expect(entry.rank, where).toBe(want.rank);
    expect(entry.coverage, where).toEqual(want.coverage);
    if (want.composite === null) expect(entry.composite, where).toBeNull();
    else expect(Math.abs(entry.composite! - want.composite), where).toBeLessThan(1e-9);
    if (want.percentile === null) expect(entry.percentile, where).toBeNull();
    else expect(Math.abs(entry.percentile! - want.percentile), where).toBeLessThan(1e-9);
    entry.scores.forEach((score, i) => {
      const w = want.scores[i];
      expect(
        { code: score.indicator.code, weight: score.weight, value: score.value, missing: score.missing },
        where,
      ).toEqual({
        code: w.indicator.code,
        weight: w.weight,
        value: w.value,
        missing: w.missing,
      });
      if (w.score === null) expect(score.score, where).toBeNull();
      else expect(Math.abs(score.score! - w.score), `${where} ${w.indicator.code}`).toBeLessThan(1e-9);
    });
  });
}

const ADMIN: Viewer = { key: 'token:admin', tokenId: 1, role: Role.ADMIN, organisationIds: [], municipalityIds: [] };

describe('municipality benchmarking', () => {
  let hub: TestHub;
  let indicators: Record<string, GeneratedIndicator>;
  let country: GeneratedCountry;
  let small: GeneratedCountry;
  let large: GeneratedCountry;
  const ALL: Choice[] = [
    { code: 'BM_WOMEN_COUNCILLORS_SHARE', weight: 1 },
    { code: 'BM_PAY_GAP', weight: 1 },
    { code: 'BM_CHILDCARE_COVERAGE', weight: 1 },
    { code: 'BM_GENDER_BUDGETING_SCORE', weight: 1 },
  ];

  /** Every entry of a ranking, 100 a page, and the statements each page ran. */
  async function rankAll(
    variables: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<{ entries: ApiEntry[]; statements: number[]; totalCount: number }> {
    const entries: ApiEntry[] = [];
    const statements: number[] = [];
    let after: string | null = null;
    let totalCount: number;
    for (;;) {
      const result: OperationResult = await hub.query(RANKING, { ...variables, first: 100, after }, viewer);
      expect(result.errors).toBeUndefined();
      const page: {
        nodes: ApiEntry[];
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      } = result.data!.municipalityRanking.entries;
      entries.push(...page.nodes);
      statements.push(result.statements);
      totalCount = page.totalCount;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { entries, statements, totalCount };
  }

  beforeAll(async () => {
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    const started = performance.now();
    indicators = await generateBenchmarkIndicators(em);
    country = await generateBenchmarkCountry(em, indicators, { code: 'RS', count: 300, seed: 2024 });
    small = await generateBenchmarkCountry(em, indicators, { code: 'SE', count: 30, seed: 7 });
    large = await generateBenchmarkCountry(em, indicators, { code: 'NO', count: 3000, seed: 99 });
    await generateBenchmarkCountry(em, indicators, { code: 'DK', count: 0, seed: 1 });
    await em
      .getKnex()('municipality')
      .insert({ country_code: 'DK', code: '101', name_local: 'København', kind: MunicipalityKind.CITY });
    await em.getKnex().raw('analyze');
    const rows = [country, small, large].reduce((n, c) => n + c.observations.length, 0);
    console.info(
      `benchmark data: 3 330 municipalities, ${rows} observations written in ${Math.round(performance.now() - started)} ms`,
    );
  });
  afterAll(() => hub.close());

  it('the generated data has what the tests need: gaps, municipalities without data, ties, values that must not count', () => {
    const expected = expectedRanking(country, indicators, 2022, ALL, 'MIN_MAX');
    expect(expected.length).toBeGreaterThan(280);
    expect(expected.filter((e) => e.coverage.available === 0).length).toBeGreaterThan(5);
    expect(expected.filter((e) => e.coverage.available > 0 && e.coverage.available < 4).length).toBeGreaterThan(50);
    const ranks = expected.filter((e) => e.rank !== null).map((e) => e.rank);
    expect(new Set(ranks).size).toBeLessThan(ranks.length);
    expect(country.observations.filter((o) => o.reviewStatus !== ReviewStatus.APPROVED).length).toBeGreaterThan(30);
  });

  it('ranks every municipality on min-max scores, as computed independently, in a fixed number of statements', async () => {
    const { entries, statements, totalCount } = await rankAll({
      country: 'RS',
      year: 2022,
      indicators: ALL.map(({ code }) => ({ code })),
    });
    const expected = expectedRanking(country, indicators, 2022, ALL, 'MIN_MAX');
    expect(totalCount).toBe(expected.length);
    expectSameRanking(entries, expected);
    // Municipality 7 ceased before the year: not listed. Municipality 8 ceased in 2021: listed for 2021 only.
    expect(entries.map((e) => e.municipality.code)).not.toContain('00008');
    expect(entries.map((e) => e.municipality.code)).not.toContain('00009');
    // Ties share a rank and are followed by a gap; the best is 1 and at the 100th percentile.
    expect(entries[0]).toMatchObject({ rank: 1, percentile: 100 });
    // country and indicators, ranking page, municipalities: the same for every page
    expect(new Set(statements)).toEqual(new Set([4]));
  });

  it('ranks on z-scores with custom weights, the lower-is-better indicator inverted', async () => {
    const chosen: Choice[] = [
      { code: 'BM_PAY_GAP', weight: 3 },
      { code: 'BM_WOMEN_COUNCILLORS_SHARE', weight: 1.5 },
      { code: 'BM_GENDER_BUDGETING_SCORE', weight: 0.25 },
    ];
    const { entries } = await rankAll({ country: 'RS', year: 2021, indicators: chosen, normalisation: 'Z_SCORE' });
    expectSameRanking(entries, expectedRanking(country, indicators, 2021, chosen, 'Z_SCORE'));
    expect(entries.map((e) => e.municipality.code)).toContain('00009');
    // The best on pay gap alone has the lowest pay gap.
    const payGapOnly = await rankAll({ country: 'RS', year: 2021, indicators: [{ code: 'BM_PAY_GAP' }] });
    const lowest = Math.min(...payGapOnly.entries.filter((e) => !e.scores[0].missing).map((e) => e.scores[0].value!));
    expect(payGapOnly.entries[0]).toMatchObject({ rank: 1, composite: 1, scores: [{ value: lowest, score: 1 }] });
  });

  it('renormalises weights over the indicators a municipality has, and leaves one with only zero-weight values unranked', async () => {
    const chosen: Choice[] = [
      { code: 'BM_CHILDCARE_COVERAGE', weight: 2 },
      { code: 'BM_PAY_GAP', weight: 1 },
      { code: 'BM_GENDER_BUDGETING_SCORE', weight: 0 },
    ];
    const { entries } = await rankAll({ country: 'RS', year: 2022, indicators: chosen });
    const expected = expectedRanking(country, indicators, 2022, chosen, 'MIN_MAX');
    expectSameRanking(entries, expected);
    // Municipality 12 has only the zero-weight indicator in 2022: coverage 1, no composite, no rank.
    expect(entries.find((e) => e.municipality.code === '00012')).toMatchObject({
      rank: null,
      composite: null,
      percentile: null,
      coverage: { available: 1, requested: 3 },
    });
  });

  it('filters by tier, and ranks min-max for 2021', async () => {
    const { entries } = await rankAll({ country: 'RS', year: 2021, indicators: ALL, kind: 'CITY' });
    expectSameRanking(entries, expectedRanking(country, indicators, 2021, ALL, 'MIN_MAX', MunicipalityKind.CITY));
    expect(entries.length).toBe(
      country.municipalities.filter((m) => m.kind === MunicipalityKind.CITY && m.code !== '00008').length,
    );
  });

  it('counts approved values only, even for a viewer who may read unapproved ones', async () => {
    const anonymous = await rankAll({ country: 'RS', year: 2022, indicators: ALL });
    const admin = await rankAll({ country: 'RS', year: 2022, indicators: ALL }, ADMIN);
    expect(admin.entries).toEqual(anonymous.entries);
  });

  it('runs the same number of statements for 30 and for 300 municipalities', async () => {
    const variables = { year: 2022, indicators: ALL, first: 100 };
    const thirty = await hub.query(RANKING, { ...variables, country: 'SE' });
    const threeHundred = await hub.query(RANKING, { ...variables, country: 'RS' });
    // two of the 30 ceased before 2022
    expect(thirty.data!.municipalityRanking.entries.totalCount).toBe(28);
    expect(threeHundred.data!.municipalityRanking.entries.totalCount).toBeGreaterThan(290);
    expectSameRanking(
      thirty.data!.municipalityRanking.entries.nodes,
      expectedRanking(small, indicators, 2022, ALL, 'MIN_MAX'),
    );
    expect(thirty.statements).toBe(4);
    expect(threeHundred.statements).toBe(thirty.statements);
  });

  it('summarises the ranking and its indicators in the statement of its page', async () => {
    const { data, errors, statements } = await hub.query(
      `query ($indicators: [WeightedIndicator!]!) {
        municipalityRanking(country: "RS", year: 2022, indicators: $indicators) {
          country { code } municipalityCount rankedCount
          indicators { indicator { code direction } weight municipalitiesWithData minimum maximum }
          entries(first: 1) { nodes { rank } }
        }
      }`,
      { indicators: [{ code: 'BM_PAY_GAP', weight: 2 }, { code: 'BM_CHILDCARE_COVERAGE' }] },
    );
    expect(errors).toBeUndefined();
    const expected = expectedRanking(
      country,
      indicators,
      2022,
      [
        { code: 'BM_PAY_GAP', weight: 2 },
        { code: 'BM_CHILDCARE_COVERAGE', weight: 1 },
      ],
      'MIN_MAX',
    );
    const payGaps = expected.map((e) => e.scores[0].value).filter((v): v is number => v !== null);
    expect(data!.municipalityRanking).toMatchObject({
      country: { code: 'RS' },
      municipalityCount: expected.length,
      rankedCount: expected.filter((e) => e.rank !== null).length,
      indicators: [
        {
          indicator: { code: 'BM_PAY_GAP', direction: 'LOWER_IS_BETTER' },
          weight: 2,
          municipalitiesWithData: payGaps.length,
          minimum: Math.min(...payGaps),
          maximum: Math.max(...payGaps),
        },
        { indicator: { code: 'BM_CHILDCARE_COVERAGE', direction: 'HIGHER_IS_BETTER' }, weight: 1 },
      ],
    });
    // country and indicators, then the summary with the ranking page; indicators come primed from the validation
    expect(statements).toBe(3);
  });

  it('answers a summary alone, and two pages of one ranking (aliases) beside its summary', async () => {
    const indicatorsAsked = [
      { code: 'BM_PAY_GAP', weight: 2 },
      { code: 'BM_CHILDCARE_COVERAGE', weight: 1 },
    ];
    const expected = expectedRanking(country, indicators, 2022, indicatorsAsked, 'MIN_MAX');
    const alone = await hub.query(
      `query ($indicators: [WeightedIndicator!]!) { municipalityRanking(country: "RS", year: 2022, indicators: $indicators) { municipalityCount rankedCount } }`,
      { indicators: indicatorsAsked },
    );
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.municipalityRanking).toEqual({
      municipalityCount: expected.length,
      rankedCount: expected.filter((e) => e.rank !== null).length,
    });
    const twoPages = await hub.query(
      `query ($indicators: [WeightedIndicator!]!) {
        municipalityRanking(country: "RS", year: 2022, indicators: $indicators) {
          municipalityCount
          top: entries(first: 2) { nodes { rank municipality { code } } }
          bottom: entries(last: 2) { nodes { municipality { code } } }
        }
      }`,
      { indicators: indicatorsAsked },
    );
    expect(twoPages.errors).toBeUndefined();
    const ranking = twoPages.data!.municipalityRanking;
    expect(ranking.municipalityCount).toBe(expected.length);
    expect(ranking.top.nodes.map((node: { municipality: { code: string } }) => node.municipality.code)).toEqual(
      expected.slice(0, 2).map((e) => e.municipality.code),
    );
    expect(ranking.bottom.nodes.map((node: { municipality: { code: string } }) => node.municipality.code)).toEqual(
      expected.slice(-2).map((e) => e.municipality.code),
    );
  });

  it('pages from the end as well', async () => {
    const { entries } = await rankAll({ country: 'RS', year: 2022, indicators: ALL });
    const { data, errors } = await hub.query(
      `query ($indicators: [WeightedIndicator!]!) {
        municipalityRanking(country: "RS", year: 2022, indicators: $indicators) {
          entries(last: 3) { totalCount pageInfo { hasPreviousPage hasNextPage } nodes { municipality { code } } }
        }
      }`,
      { indicators: ALL },
    );
    expect(errors).toBeUndefined();
    expect(data!.municipalityRanking.entries).toEqual({
      totalCount: entries.length,
      pageInfo: { hasPreviousPage: true, hasNextPage: false },
      nodes: entries.slice(-3).map((e) => ({ municipality: e.municipality })),
    });
  });

  it('answers a country without values with every municipality unranked at coverage 0, and one without municipalities with an empty list', async () => {
    const { data, errors } = await hub.query(RANKING, { country: 'DK', year: 2022, indicators: ALL });
    expect(errors).toBeUndefined();
    expect(data!.municipalityRanking.entries).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      nodes: [
        {
          rank: null,
          percentile: null,
          composite: null,
          municipality: { code: '101' },
          coverage: { available: 0, requested: 4 },
          scores: ALL.map(({ code }) => ({ indicator: { code }, weight: 1, value: null, score: null, missing: true })),
        },
      ],
    });
    const empty = await hub.query(RANKING, { country: 'NO', year: 1990, indicators: ALL, kind: 'REGION', first: 5 });
    expect(empty.errors).toBeUndefined();
    expect(
      empty.data!.municipalityRanking.entries.nodes.every(
        (e: ApiEntry) => e.rank === null && e.coverage.available === 0,
      ),
    ).toBe(true);
  });

  it('refuses bad input with a coded error naming the argument', async () => {
    const ask = (variables: Record<string, unknown>) =>
      hub.query(RANKING, { country: 'RS', year: 2022, indicators: ALL, ...variables });
    expectOneError((await ask({ indicators: [] })).errors, 'BAD_USER_INPUT', 'indicators');
    const unknown = await ask({ indicators: [{ code: 'BM_PAY_GAP' }, { code: 'NO_SUCH_INDICATOR' }] });
    expectOneError(unknown.errors, 'NOT_FOUND', 'indicators[1].code');
    expect(unknown.errors![0].message).toContain('NO_SUCH_INDICATOR');
    expectOneError(
      (await ask({ indicators: [{ code: 'BM_PAY_GAP', weight: -1 }] })).errors,
      'BAD_USER_INPUT',
      'indicators[0].weight',
    );
    // Two weights of 1e308 would sum past the largest double.
    expectOneError(
      (
        await ask({
          indicators: [
            { code: 'BM_PAY_GAP', weight: 1e308 },
            { code: 'BM_CHILDCARE_COVERAGE', weight: 1e308 },
          ],
        })
      ).errors,
      'BAD_USER_INPUT',
      'indicators[0].weight',
    );
    expectOneError(
      (
        await ask({
          indicators: [
            { code: 'BM_PAY_GAP', weight: 0 },
            { code: 'BM_CHILDCARE_COVERAGE', weight: 0 },
          ],
        })
      ).errors,
      'BAD_USER_INPUT',
      'indicators',
    );
    expectOneError(
      (await ask({ indicators: [{ code: 'BM_PAY_GAP' }, { code: 'BM_PAY_GAP' }] })).errors,
      'BAD_USER_INPUT',
      'indicators[1].code',
    );
    expectOneError(
      (await ask({ indicators: [{ code: 'BM_POPULATION' }] })).errors,
      'BAD_USER_INPUT',
      'indicators[0].code',
    );
    expectOneError(
      (await ask({ indicators: [{ code: 'BM_PAY\u0000GAP' }] })).errors,
      'BAD_USER_INPUT',
      'indicators[0].code',
    );
    expectOneError((await ask({ year: 1850 })).errors, 'BAD_USER_INPUT', 'year');
    expectOneError((await ask({ year: 3000 })).errors, 'BAD_USER_INPUT', 'year');
    expectOneError((await ask({ country: 'FR' })).errors, 'NOT_FOUND', 'country');
    expectOneError((await ask({ first: 101 })).errors, 'BAD_USER_INPUT', 'first');
  });

  it('scales: ranking time at 300 and at 3 000 municipalities', async () => {
    const time = async (code: string) => {
      const runs: number[] = [];
      let statements = 0;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const result = await hub.query(RANKING, { country: code, year: 2022, indicators: ALL, first: 100 });
        runs.push(performance.now() - started);
        expect(result.errors).toBeUndefined();
        statements = result.statements;
      }
      return { median: runs.sort((a, b) => a - b)[1], statements };
    };
    const at300 = await time('RS');
    const at3000 = await time('NO');
    console.info(
      `municipalityRanking, first 100 entries (median of 3): 300 municipalities ${at300.median.toFixed(1)} ms, ` +
        `3 000 municipalities ${at3000.median.toFixed(1)} ms; ${at300.statements} and ${at3000.statements} statements`,
    );
    expect(at3000.statements).toBe(at300.statements);
    const top = (await hub.query(RANKING, { country: 'NO', year: 2022, indicators: ALL, first: 100 })).data!
      .municipalityRanking.entries.nodes;
    expectSameRanking(top, expectedRanking(large, indicators, 2022, ALL, 'MIN_MAX').slice(0, 100));
  });
});
