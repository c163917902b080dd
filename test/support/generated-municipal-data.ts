import type { EntityManager } from '@mikro-orm/postgresql';
import { Country } from '../../src/entities/country.entity';
import {
  Disaggregation,
  Indicator,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../../src/entities/indicator.entity';
import { Initiative } from '../../src/entities/initiative.entity';
import { Municipality, MunicipalityKind } from '../../src/entities/municipality.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../../src/entities/observation.entity';
import { PersonRole } from '../../src/entities/person-role.enum';
import { Programme } from '../../src/entities/programme.entity';
import { Sex } from '../../src/entities/sex.enum';
import { seededRandom } from './seeded-random';

/** A place of the generated data: a region (no parent) or a municipality under one. */
export interface GeneratedPlace {
  id: number;
  countryCode: string;
  code: string;
  kind: MunicipalityKind;
  parentId: number | null;
}

/** One generated observation, as inserted (ids are the inserted rows' ids). */
export interface GeneratedObservation {
  indicatorCode: string;
  scopeKind: ScopeKind;
  countryCode: string | null;
  programmeId: number | null;
  initiativeId: number | null;
  municipalityId: number | null;
  periodStart: string;
  periodEnd: string;
  sex: Sex;
  role: PersonRole | null;
  kind: ObservationKind;
  value: number;
  numerator: number | null;
  denominator: number | null;
  reviewStatus: ReviewStatus;
}

export interface GeneratedIndicator {
  id: number;
  code: string;
  aggregation: IndicatorAggregation;
  unit: IndicatorUnit;
  disaggregations: Disaggregation[];
}

export interface GeneratedMunicipalData {
  places: GeneratedPlace[];
  programmes: { id: number; code: string; parentId: number | null }[];
  initiatives: { id: number; code: string; programmeId: number }[];
  indicators: GeneratedIndicator[];
  observations: GeneratedObservation[];
}

/** Codes of the generated indicators, one per aggregation rule. */
export const TRAINED = 'GEN_PEOPLE_TRAINED'; // SUM, quarterly, by sex (and by role for initiatives)
export const WOMEN_MANAGERS = 'GEN_WOMEN_MANAGERS_SHARE'; // SHARE, yearly, numerator/denominator mostly
export const SATISFACTION = 'GEN_RESIDENT_SATISFACTION'; // MEAN, half-yearly
export const STRATEGISTS = 'GEN_EQUALITY_STRATEGISTS'; // LATEST, quarterly stock, by sex
export const YEARS = [2019, 2020, 2021, 2022, 2023];
/** A quarter without any TRAINED value anywhere: an empty period of every group. */
export const TRAINED_GAP_QUARTER = { year: 2020, quarter: 2 };
/** A region none of whose places reports TRAINED in this year. */
export const TRAINED_GAP_REGION = { code: '03', year: 2021 };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, firstMonth: number, months: number) => ({
  periodStart: `${year}-${pad(firstMonth)}-01`,
  periodEnd: `${year}-${pad(firstMonth + months - 1)}-${lastDay(year, firstMonth + months - 1)}`,
});

/**
 * A country (SE) of 300 municipalities in 20 regions and a small one (NO, 10 in 2), a programme
 * with a sub-programme and an initiative in each, and five years of values of four indicators, one
 * per aggregation rule, with gaps (places that never report, skipped years and quarters, a quarter
 * nobody reports, a region silent for a year), unapproved rows, targets, region, initiative,
 * programme and country values, and percentages without numerator or denominator.
 */
export function generateMunicipalData(seed = 20_240_601): GeneratedMunicipalData {
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const status = () =>
    chance(0.07)
      ? [ReviewStatus.SUBMITTED, ReviewStatus.DRAFT, ReviewStatus.RETURNED][between(0, 2)]
      : ReviewStatus.APPROVED;

  const places: GeneratedPlace[] = [];
  let nextPlaceId = 1;
  for (const [countryCode, regionNumbers, perRegion] of [
    ['SE', [...Array(20).keys()].map((r) => r + 1), 15],
    ['NO', [51, 52], 5],
  ] as const) {
    for (const regionNumber of regionNumbers) {
      const region: GeneratedPlace = {
        id: nextPlaceId++,
        countryCode,
        code: pad(regionNumber),
        kind: MunicipalityKind.REGION,
        parentId: null,
      };
      places.push(region);
      for (let k = 1; k <= perRegion; k++) {
        places.push({
          id: nextPlaceId++,
          countryCode,
          code: `${pad(regionNumber)}${pad(k)}`,
          kind: k === 1 ? MunicipalityKind.CITY : MunicipalityKind.MUNICIPALITY,
          parentId: region.id,
        });
      }
    }
  }
  const programmes = [
    { id: 1, code: 'GEN_PARENT', parentId: null },
    { id: 2, code: 'GEN_CHILD', parentId: 1 },
    { id: 3, code: 'GEN_OTHER', parentId: null },
  ];
  const initiatives = [
    { id: 1, code: 'GEN_CHILD_INITIATIVE', programmeId: 2 },
    { id: 2, code: 'GEN_PARENT_INITIATIVE', programmeId: 1 },
    { id: 3, code: 'GEN_OTHER_INITIATIVE', programmeId: 3 },
  ];
  const indicators: GeneratedIndicator[] = [
    {
      id: 1,
      code: TRAINED,
      aggregation: IndicatorAggregation.SUM,
      unit: IndicatorUnit.COUNT,
      disaggregations: [Disaggregation.SEX, Disaggregation.ROLE],
    },
    {
      id: 2,
      code: WOMEN_MANAGERS,
      aggregation: IndicatorAggregation.SHARE,
      unit: IndicatorUnit.PERCENT,
      disaggregations: [],
    },
    {
      id: 3,
      code: SATISFACTION,
      aggregation: IndicatorAggregation.MEAN,
      unit: IndicatorUnit.SCORE,
      disaggregations: [],
    },
    {
      id: 4,
      code: STRATEGISTS,
      aggregation: IndicatorAggregation.LATEST,
      unit: IndicatorUnit.COUNT,
      disaggregations: [Disaggregation.SEX],
    },
  ];

  const observations: GeneratedObservation[] = [];
  type Scope = Pick<
    GeneratedObservation,
    'scopeKind' | 'countryCode' | 'programmeId' | 'initiativeId' | 'municipalityId'
  >;
  const scopes: Record<'municipality' | 'initiative' | 'programme', (id: number) => Scope> & {
    country: (code: string) => Scope;
  } = {
    municipality: (id: number) => ({
      scopeKind: ScopeKind.MUNICIPALITY,
      countryCode: null,
      programmeId: null,
      initiativeId: null,
      municipalityId: id,
    }),
    initiative: (id: number) => ({
      scopeKind: ScopeKind.INITIATIVE,
      countryCode: null,
      programmeId: null,
      initiativeId: id,
      municipalityId: null,
    }),
    programme: (id: number) => ({
      scopeKind: ScopeKind.PROGRAMME,
      countryCode: null,
      programmeId: id,
      initiativeId: null,
      municipalityId: null,
    }),
    country: (code: string) => ({
      scopeKind: ScopeKind.COUNTRY,
      countryCode: code,
      programmeId: null,
      initiativeId: null,
      municipalityId: null,
    }),
  };
  const add = (
    indicatorCode: string,
    scope: Scope,
    period: { periodStart: string; periodEnd: string },
    cell: Partial<GeneratedObservation> & { value: number },
  ) =>
    observations.push({
      indicatorCode,
      ...scope,
      ...period,
      sex: Sex.TOTAL,
      role: null,
      kind: ObservationKind.ACTUAL,
      numerator: null,
      denominator: null,
      reviewStatus: status(),
      ...cell,
    });
  /** FEMALE, MALE and their TOTAL, each cell with its own review status. */
  const bySex = (
    indicatorCode: string,
    scope: Scope,
    period: { periodStart: string; periodEnd: string },
    low: number,
    high: number,
  ) => {
    const female = between(low, high);
    const male = between(low, high);
    add(indicatorCode, scope, period, { sex: Sex.FEMALE, value: female });
    add(indicatorCode, scope, period, { sex: Sex.MALE, value: male });
    add(indicatorCode, scope, period, { sex: Sex.TOTAL, value: female + male });
  };
  const regionCodeOf = new Map(
    places.map((place) => [place.id, place.parentId === null ? place.code : places[place.parentId - 1].code]),
  );

  for (const place of places) {
    const scope = scopes.municipality(place.id);
    const isRegion = place.kind === MunicipalityKind.REGION;
    // TRAINED: municipalities quarterly; regions 01-03 also report their own training, yearly.
    if (!isRegion && !chance(0.08)) {
      for (const year of YEARS) {
        if (chance(0.1) || (regionCodeOf.get(place.id) === TRAINED_GAP_REGION.code && year === TRAINED_GAP_REGION.year))
          continue;
        for (let quarter = 1; quarter <= 4; quarter++) {
          if ((year === TRAINED_GAP_QUARTER.year && quarter === TRAINED_GAP_QUARTER.quarter) || chance(0.05)) continue;
          bySex(TRAINED, scope, span(year, quarter * 3 - 2, 3), 0, 40);
        }
      }
      if (chance(0.1))
        add(TRAINED, scope, span(2023, 1, 12), { kind: ObservationKind.TARGET, value: between(100, 300) });
    }
    if (isRegion && ['01', '02', '03'].includes(place.code)) {
      for (const year of YEARS) if (!chance(0.2)) bySex(TRAINED, scope, span(year, 1, 12), 10, 100);
    }
    // WOMEN_MANAGERS: yearly shares; mostly with numerator and denominator, some with neither or one.
    if (!chance(0.08)) {
      for (const year of YEARS) {
        if (chance(0.1)) continue;
        const denominator = between(isRegion ? 80 : 4, isRegion ? 400 : 120);
        const numerator = between(0, denominator);
        const value = Math.round((10_000 * numerator) / denominator) / 100;
        const shape = random();
        if (shape < 0.1) add(WOMEN_MANAGERS, scope, span(year, 1, 12), { value });
        else if (shape < 0.14) add(WOMEN_MANAGERS, scope, span(year, 1, 12), { value, numerator });
        else add(WOMEN_MANAGERS, scope, span(year, 1, 12), { value, numerator, denominator });
      }
    }
    // SATISFACTION: half-yearly scores with two decimals.
    if (!isRegion && !chance(0.08)) {
      for (const year of YEARS) {
        for (const half of [1, 7])
          if (!chance(0.1)) add(SATISFACTION, scope, span(year, half, 6), { value: between(100, 500) / 100 });
      }
    }
    // STRATEGISTS: a stock, counted in some quarters only, by sex.
    if (!chance(0.08)) {
      for (const year of YEARS) {
        for (let quarter = 1; quarter <= 4; quarter++)
          if (chance(0.6)) bySex(STRATEGISTS, scope, span(year, quarter * 3 - 2, 3), 0, 6);
      }
    }
  }
  for (const year of YEARS) {
    for (const initiative of initiatives) {
      bySex(TRAINED, scopes.initiative(initiative.id), span(year, 1, 12), 20, 200);
      for (const role of [PersonRole.POLITICIAN, PersonRole.CIVIL_SERVANT])
        add(TRAINED, scopes.initiative(initiative.id), span(year, 1, 12), { role, value: between(5, 80) });
      add(TRAINED, scopes.initiative(initiative.id), span(year, 1, 12), {
        role: PersonRole.MANAGER,
        sex: Sex.FEMALE,
        value: between(1, 20),
      });
    }
    add(TRAINED, scopes.programme(1), span(year, 1, 12), { value: between(100, 900) });
    const denominator = between(20_000, 30_000);
    const numerator = between(8_000, 12_000);
    add(WOMEN_MANAGERS, scopes.country('SE'), span(year, 1, 12), {
      value: Math.round((10_000 * numerator) / denominator) / 100,
      numerator,
      denominator,
    });
    add(STRATEGISTS, scopes.country('NO'), span(year, 7, 6), { value: between(10, 30) });
  }
  return { places, programmes, initiatives, indicators, observations };
}

/** Inserts `data` into an empty, migrated database, with the generated ids. */
export async function loadMunicipalData(em: EntityManager, data: GeneratedMunicipalData): Promise<void> {
  const now = new Date();
  const stamps = { createdAt: now, updatedAt: now };
  await em.insertMany(Country, [
    { code: 'SE', nameEn: 'Sweden', nameLocal: 'Sverige' },
    { code: 'NO', nameEn: 'Norway', nameLocal: 'Norge' },
  ]);
  await em.insertMany(
    Municipality,
    data.places.map((place) => ({ ...place, ...stamps, nameLocal: `Place ${place.code}` })),
  );
  await em.insertMany(
    Programme,
    data.programmes.map((programme) => ({ ...programme, ...stamps, nameEn: programme.code, published: true })),
  );
  await em.insertMany(
    Initiative,
    data.initiatives.map((initiative) => ({ ...initiative, ...stamps, nameEn: initiative.code })),
  );
  await em.insertMany(
    Indicator,
    data.indicators.map((indicator) => ({
      ...indicator,
      ...stamps,
      nameEn: indicator.code,
      level: IndicatorLevel.OUTPUT,
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      computation: IndicatorComputation.REPORTED,
    })),
  );
  const indicatorIds = new Map(data.indicators.map((indicator) => [indicator.code, indicator.id]));
  const rows = data.observations.map(({ indicatorCode, value, numerator, denominator, ...observation }) => ({
    ...observation,
    ...stamps,
    indicatorId: indicatorIds.get(indicatorCode)!,
    value: String(value),
    numerator: numerator === null ? null : String(numerator),
    denominator: denominator === null ? null : String(denominator),
  }));
  for (let start = 0; start < rows.length; start += 2_000)
    await em.insertMany(Observation, rows.slice(start, start + 2_000));
  for (const table of ['municipality', 'programme', 'initiative', 'indicator']) {
    await em.execute(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
}
