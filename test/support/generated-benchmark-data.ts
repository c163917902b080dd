import type { EntityManager } from '@mikro-orm/postgresql';
import {
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../../src/entities/indicator.entity';
import { MunicipalityKind } from '../../src/entities/municipality.entity';
import { ObservationKind, ReviewStatus, ScopeKind } from '../../src/entities/observation.entity';
import { PersonRole } from '../../src/entities/person-role.enum';
import { Sex } from '../../src/entities/sex.enum';
import { seededRandom } from './seeded-random';

/** The years the generated countries have values for. */
export const BENCHMARK_DATA_YEARS = [2021, 2022] as const;

export interface GeneratedIndicator {
  id: number;
  code: string;
  direction: IndicatorDirection;
}

export interface GeneratedMunicipality {
  id: number;
  code: string;
  nameLocal: string;
  kind: MunicipalityKind;
  validTo: string | null;
}

/** One observation row as written, value as a number (it has at most 4 decimals, as the column keeps). */
export interface GeneratedObservation {
  indicatorId: number;
  municipalityId: number;
  periodStart: string;
  periodEnd: string;
  kind: ObservationKind;
  sex: Sex;
  role: PersonRole | null;
  value: number;
  reviewStatus: ReviewStatus;
}

export interface GeneratedCountry {
  code: string;
  municipalities: GeneratedMunicipality[];
  observations: GeneratedObservation[];
}

/** The indicators of the generated data: three higher-is-better, one lower-is-better, and a neutral one no ranking may use. */
const INDICATORS = [
  {
    code: 'BM_WOMEN_COUNCILLORS_SHARE',
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    unit: IndicatorUnit.PERCENT,
    range: [10, 55],
  },
  { code: 'BM_PAY_GAP', direction: IndicatorDirection.LOWER_IS_BETTER, unit: IndicatorUnit.PERCENT, range: [0, 25] },
  {
    code: 'BM_CHILDCARE_COVERAGE',
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    unit: IndicatorUnit.PERCENT,
    range: [40, 98],
  },
  {
    code: 'BM_GENDER_BUDGETING_SCORE',
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    unit: IndicatorUnit.SCORE,
    range: [0, 10],
  },
  { code: 'BM_POPULATION', direction: IndicatorDirection.NEUTRAL, unit: IndicatorUnit.COUNT, range: [1000, 900000] },
] as const;

/** Writes the benchmark indicators; returns them by code. */
export async function generateBenchmarkIndicators(em: EntityManager): Promise<Record<string, GeneratedIndicator>> {
  const rows = await em
    .getKnex()('indicator')
    .insert(
      INDICATORS.map(({ code, direction, unit }) => ({
        code,
        name_en: code,
        unit,
        level: IndicatorLevel.OUTCOME,
        direction,
        aggregation: IndicatorAggregation.LATEST,
        computation: IndicatorComputation.REPORTED,
      })),
    )
    .returning(['id', 'code', 'direction']);
  return Object.fromEntries((rows as GeneratedIndicator[]).map((row) => [row.code, row]));
}

const BATCH = 2000;

async function insertInBatches(
  em: EntityManager,
  table: string,
  rows: Record<string, unknown>[],
  returning: string[],
): Promise<Record<string, unknown>[]> {
  const written: Record<string, unknown>[] = [];
  for (let offset = 0; offset < rows.length; offset += BATCH) {
    const batch = rows.slice(offset, offset + BATCH);
    written.push(...(await em.getKnex()(table).insert(batch).returning<Record<string, unknown>[]>(returning)));
  }
  return written;
}

type ValuePlan = Omit<GeneratedObservation, 'indicatorId' | 'municipalityId'> & { indicatorCode: string };

/**
 * Writes a country with `count` municipalities and their values for 2021 and 2022, seeded by
 * `seed`: some municipalities miss some indicators, about one in twenty misses all of them (some
 * of those have unapproved values only), one in twenty-five repeats its predecessor's values
 * (ties), and around the approved yearly totals lie values that must not count: unapproved ones
 * with later periods, FEMALE and role cells, targets, and periods that straddle two years.
 * Municipality 7 ceased before 2021 and municipality 8 in mid-2021; municipality 11 has, in 2022,
 * only the fourth indicator. Multi-row inserts of at most 2 000 rows.
 */
export async function generateBenchmarkCountry(
  em: EntityManager,
  indicators: Record<string, GeneratedIndicator>,
  options: { code: string; count: number; seed: number },
): Promise<GeneratedCountry> {
  const random = seededRandom(options.seed);
  const knex = em.getKnex();
  await knex('country').insert({
    code: options.code,
    name_en: `Country ${options.code}`,
    name_local: `Country ${options.code}`,
  });

  const planned = Array.from({ length: options.count }, (_, i) => ({
    code: String(i + 1).padStart(5, '0'),
    nameLocal: `Municipality ${options.code} ${String(i + 1).padStart(5, '0')}`,
    kind: i % 37 === 5 ? MunicipalityKind.REGION : i % 10 === 3 ? MunicipalityKind.CITY : MunicipalityKind.MUNICIPALITY,
    validTo: i === 7 ? '2020-12-31' : i === 8 ? '2021-06-30' : null,
  }));
  const written = await insertInBatches(
    em,
    'municipality',
    planned.map((m) => ({
      country_code: options.code,
      code: m.code,
      name_local: m.nameLocal,
      kind: m.kind,
      valid_to: m.validTo,
    })),
    ['id', 'code'],
  );
  const idByCode = new Map(written.map((row) => [row.code as string, row.id as number]));
  const municipalities: GeneratedMunicipality[] = planned.map((m) => ({ ...m, id: idByCode.get(m.code)! }));

  const valueOf = (range: readonly [number, number]) =>
    Number((range[0] + random() * (range[1] - range[0])).toFixed(4));
  const plans: ValuePlan[][] = [];
  municipalities.forEach((municipality, i) => {
    if (i % 25 === 24) {
      plans.push(plans[i - 1]);
      return;
    }
    const plan: ValuePlan[] = [];
    const none = random() < 0.05;
    for (const year of BENCHMARK_DATA_YEARS) {
      if (municipality.validTo !== null && municipality.validTo < `${year}-01-01`) continue;
      for (const { code, range } of INDICATORS) {
        const cell = (extra: Partial<ValuePlan>): ValuePlan => ({
          indicatorCode: code,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          kind: ObservationKind.ACTUAL,
          sex: Sex.TOTAL,
          role: null,
          value: valueOf(range),
          reviewStatus: ReviewStatus.APPROVED,
          ...extra,
        });
        const present = i === 11 && year === 2022 ? code === INDICATORS[3].code : !none && random() < 0.8;
        if (present) {
          plan.push(cell({}));
          if (random() < 0.15) plan.push(cell({ periodStart: `${year}-07-01` }));
          if (random() < 0.1) plan.push(cell({ periodEnd: `${year}-03-31` }));
        }
        if ((present && random() < 0.15) || (!present && random() < 0.3)) {
          const status = [ReviewStatus.SUBMITTED, ReviewStatus.DRAFT, ReviewStatus.RETURNED][Math.floor(random() * 3)];
          plan.push(cell({ periodStart: `${year}-10-01`, reviewStatus: status }));
        }
        if (random() < 0.1) plan.push(cell({ sex: Sex.FEMALE }));
        if (random() < 0.05) plan.push(cell({ role: PersonRole.POLITICIAN }));
        if (random() < 0.05) plan.push(cell({ kind: ObservationKind.TARGET }));
        if (random() < 0.05) plan.push(cell({ periodStart: `${year}-07-01`, periodEnd: `${year + 1}-06-30` }));
      }
    }
    plans.push(plan);
  });

  const observations: GeneratedObservation[] = municipalities.flatMap((municipality, i) =>
    plans[i].map(({ indicatorCode, ...rest }) => ({
      ...rest,
      indicatorId: indicators[indicatorCode].id,
      municipalityId: municipality.id,
    })),
  );
  await insertInBatches(
    em,
    'observation',
    observations.map((o) => ({
      indicator_id: o.indicatorId,
      scope_kind: ScopeKind.MUNICIPALITY,
      municipality_id: o.municipalityId,
      period_start: o.periodStart,
      period_end: o.periodEnd,
      sex: o.sex,
      role: o.role,
      kind: o.kind,
      value: o.value.toFixed(4),
      review_status: o.reviewStatus,
    })),
    ['id'],
  );
  return { code: options.code, municipalities, observations };
}
