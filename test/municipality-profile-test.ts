import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousViewer, type Viewer } from '../src/auth/viewer';
import { Role } from '../src/entities/role.enum';
import { IndicatorDirection } from '../src/entities/indicator.entity';
import { ObservationKind, ReviewStatus } from '../src/entities/observation.entity';
import { Sex } from '../src/entities/sex.enum';
import {
  generateBenchmarkCountry,
  generateBenchmarkIndicators,
  type GeneratedCountry,
  type GeneratedIndicator,
  type GeneratedObservation,
} from './support/generated-benchmark-data';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await initTestHub();
});
afterAll(() => hub.close());

/** A token holder of `role`, built in memory: the field reads the viewer, not the token table. */
function holder(role: Role, municipalityIds: number[] = []): Viewer {
  return { key: `token:${role}`, tokenId: 1, role, organisationIds: [], municipalityIds };
}

describe('Whether the caller may import values about a municipality', () => {
  const QUERY = `{ municipality(country: "NO", code: "1201") { mayImportObservations } }`;

  it('is true for an ADMIN and for a REPORTER of that municipality, false for anyone else', async () => {
    const anonymous = await hub.query(QUERY, {}, anonymousViewer('test'));
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.municipality.mayImportObservations).toBe(false);
    const [{ id: bergen }] = await hub.orm.em
      .getConnection()
      .execute<{ id: number }[]>(`select id from municipality where country_code = 'NO' and code = '1201'`);
    const answers = await Promise.all(
      [
        holder(Role.ADMIN),
        holder(Role.REPORTER, [bergen]),
        holder(Role.REPORTER, [bergen + 1]),
        holder(Role.EDITOR),
        holder(Role.VIEWER),
      ].map(async (viewer) => (await hub.query(QUERY, {}, viewer)).data!.municipality.mayImportObservations),
    );
    expect(answers).toEqual([true, true, false, false, false]);
  });
});

/** The continuous percentile `p` of sorted values, as PostgreSQL's percentile_cont interpolates it. */
function percentile(sorted: number[], p: number): number {
  const at = p * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

describe("A municipality's values beside its country's", () => {
  let scratch: TestHub;
  let country: GeneratedCountry;
  let indicators: Record<string, GeneratedIndicator>;
  beforeAll(async () => {
    scratch = await initScratchHub();
    const em = scratch.orm.em.fork();
    indicators = await generateBenchmarkIndicators(em);
    country = await generateBenchmarkCountry(em, indicators, { code: 'RS', count: 60, seed: 7 });
  });
  afterAll(() => scratch?.close());

  /** Per municipality, indicator and year: the approved ACTUAL total inside the year, the latest if several. */
  function yearlyValues(): Map<string, { municipalityId: number; indicatorId: number; year: number; value: number }> {
    const latest = new Map<string, GeneratedObservation>();
    for (const observation of country.observations) {
      const year = Number(observation.periodEnd.slice(0, 4));
      if (
        observation.kind !== ObservationKind.ACTUAL ||
        observation.sex !== Sex.TOTAL ||
        observation.role !== null ||
        observation.reviewStatus !== ReviewStatus.APPROVED ||
        Number(observation.periodStart.slice(0, 4)) !== year
      )
        continue;
      const key = `${observation.municipalityId}/${observation.indicatorId}/${year}`;
      const held = latest.get(key);
      const later =
        !held ||
        observation.periodEnd > held.periodEnd ||
        (observation.periodEnd === held.periodEnd && observation.periodStart >= held.periodStart);
      // Rows written later have larger ids, and the latest id wins a tie.
      if (later) latest.set(key, observation);
    }
    return new Map(
      [...latest].map(([key, observation]) => [
        key,
        {
          municipalityId: observation.municipalityId,
          indicatorId: observation.indicatorId,
          year: Number(observation.periodEnd.slice(0, 4)),
          value: observation.value,
        },
      ]),
    );
  }

  const COMPARISONS = /* GraphQL */ `
    query ($first: Int!) {
      country(code: "RS") {
        municipalities(first: $first) {
          nodes {
            code
            countryComparisons {
              indicator {
                code
              }
              year
              value
              lowerQuartile
              median
              upperQuartile
              municipalitiesWithValue
              rank
            }
          }
        }
      }
    }
  `;

  it('gives each year its value, the quartiles and median (percentile_cont) and its direction-aware rank, as computed independently', async () => {
    const { data, errors } = await scratch.query(COMPARISONS, { first: 60 }, holder(Role.ADMIN));
    expect(errors).toBeUndefined();
    const byId = new Map(country.municipalities.map((municipality) => [municipality.code, municipality.id]));
    const codeOf = new Map(Object.values(indicators).map((indicator) => [indicator.id, indicator]));
    const values = [...yearlyValues().values()];
    let compared = 0;
    for (const node of data!.country.municipalities.nodes) {
      const mine = values
        .filter((value) => value.municipalityId === byId.get(node.code))
        .sort((a, b) => a.indicatorId - b.indicatorId || a.year - b.year);
      const expected = mine.map((value) => {
        const peers = values
          .filter((peer) => peer.indicatorId === value.indicatorId && peer.year === value.year)
          .map((peer) => peer.value)
          .sort((a, b) => a - b);
        const indicator = codeOf.get(value.indicatorId)!;
        const better = peers.filter((peer) =>
          indicator.direction === IndicatorDirection.LOWER_IS_BETTER ? peer < value.value : peer > value.value,
        ).length;
        return {
          indicator: { code: indicator.code },
          year: value.year,
          value: value.value,
          lowerQuartile: percentile(peers, 0.25),
          median: percentile(peers, 0.5),
          upperQuartile: percentile(peers, 0.75),
          municipalitiesWithValue: peers.length,
          rank: indicator.direction === IndicatorDirection.NEUTRAL ? null : better + 1,
        };
      });
      expect(node.countryComparisons.length, node.code).toBe(expected.length);
      expected.forEach((row, index) => {
        const got = node.countryComparisons[index];
        expect({ ...got, lowerQuartile: 0, median: 0, upperQuartile: 0 }, node.code).toEqual({
          ...row,
          lowerQuartile: 0,
          median: 0,
          upperQuartile: 0,
        });
        expect(got.lowerQuartile).toBeCloseTo(row.lowerQuartile, 9);
        expect(got.median).toBeCloseTo(row.median, 9);
        expect(got.upperQuartile).toBeCloseTo(row.upperQuartile, 9);
      });
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('answers a page of municipalities in as many statements as a single one (no query per municipality)', async () => {
    const few = await scratch.query(COMPARISONS, { first: 5 }, holder(Role.ADMIN));
    const many = await scratch.query(COMPARISONS, { first: 50 }, holder(Role.ADMIN));
    expect(many.errors).toBeUndefined();
    expect(many.data!.country.municipalities.nodes.length).toBe(50);
    expect(few.data!.country.municipalities.nodes.some((node: any) => node.countryComparisons.length > 0)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });
});

describe("A programme's predecessors", () => {
  it('are the programmes that name it as successor, in one statement for a whole list', async () => {
    const { data, errors } = await hub.query(`{ programme(code: "SE_RS_EU_ACCESSION") { predecessors { code } } }`);
    expect(errors).toBeUndefined();
    const rows = data!.programme.predecessors.map((programme: any) => programme.code);
    expect(rows.length).toBeGreaterThan(0);
    const named = await hub.query(`{ programmes(first: 100) { nodes { code successor { code } } } }`);
    const expected = named
      .data!.programmes.nodes.filter((programme: any) => programme.successor?.code === 'SE_RS_EU_ACCESSION')
      .map((programme: any) => programme.code)
      .sort();
    expect(rows).toEqual(expected);
    const one = await hub.query(`{ programmes(first: 1) { nodes { predecessors { code } } } }`);
    const all = await hub.query(`{ programmes(first: 100) { nodes { predecessors { code } } } }`);
    expect(all.errors).toBeUndefined();
    expect(all.statements).toBe(one.statements);
  });
});
