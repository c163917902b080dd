import { seededRandom } from '../test/support/seeded-random';

/** How big a generated dataset is. */
export interface DatasetShape {
  observations: number;
  /** Municipalities and regions per country: [regions, municipalities]. */
  countries: Record<string, [number, number]>;
  programmes: number;
  initiativesPerProgramme: number;
  indicators: number;
}

/** The first and last year that values are generated for. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;

/** The full dataset: 849 municipalities and regions in three countries, 200 programmes, 20 000 initiatives, 300 indicators. */
export function fullShape(observations: number): DatasetShape {
  return {
    observations,
    countries: { SE: [21, 290], NO: [11, 357], RS: [25, 145] },
    programmes: 200,
    initiativesPerProgramme: 100,
    indicators: 300,
  };
}

/** A small dataset that generates in seconds, for CI. */
export function quickShape(observations: number): DatasetShape {
  return {
    observations,
    countries: { SE: [3, 20], NO: [2, 15], RS: [2, 10] },
    programmes: 12,
    initiativesPerProgramme: 20,
    indicators: 30,
  };
}

/** Rows of one table, as column values in `columns` order (null for SQL NULL). */
export interface TableRows {
  table: string;
  columns: string[];
  rows: Iterable<unknown[]>;
}

/** The source every generated row cites: the data says it is synthetic. */
export const SYNTHETIC_SOURCE_KEY = 'bench-synthetic';

const AGGREGATIONS = ['SUM', 'MEAN', 'SHARE', 'LATEST'] as const;
const UNITS = { SUM: 'COUNT', MEAN: 'SCORE', SHARE: 'PERCENT', LATEST: 'COUNT' } as const;
const SEXES = ['TOTAL', 'FEMALE', 'MALE'] as const;
const SEED = 20_261_123;

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

interface Municipality {
  id: number;
  country: string;
  code: string;
  name: string;
  kind: 'MUNICIPALITY' | 'CITY' | 'REGION';
  parentId: number | null;
  validTo: string | null;
}

/** The code of the indicator `index` (0-based). */
export function indicatorCode(index: number): string {
  return `SYN_IND_${pad(index + 1, 3)}`;
}

function aggregationOf(index: number) {
  return AGGREGATIONS[index % AGGREGATIONS.length];
}

function directionOf(index: number) {
  if (index % 7 === 6) return 'NEUTRAL';
  return index % 5 === 1 ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
}

/**
 * A reproducible synthetic dataset (seeded): countries, their regions and municipalities (some
 * merged away), funders and implementers, programmes (one in ten unpublished) with components,
 * countries, funders, implementers and participants, initiatives with their municipalities,
 * indicators, Charter signatures, and observations up to `shape.observations`: each programme's
 * baseline, target and yearly actuals for five indicators, three yearly actuals per initiative,
 * then municipal values over ten years, split by sex, indicator after indicator. Gaps as in real
 * data: a municipality misses whole years, single cells are missing, some values are unapproved.
 */
export function syntheticDataset(shape: DatasetShape): TableRows[] {
  const random = seededRandom(SEED);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

  const countries = Object.keys(shape.countries);
  const municipalities: Municipality[] = [];
  for (const country of countries) {
    const [regionCount, municipalityCount] = shape.countries[country];
    const regions: number[] = [];
    for (let r = 1; r <= regionCount; r++) {
      const id = municipalities.length + 1;
      regions.push(id);
      municipalities.push({
        id,
        country,
        code: `R${pad(r, 2)}`,
        name: `Synthetic ${country} region ${pad(r, 2)}`,
        kind: 'REGION',
        parentId: null,
        validTo: null,
      });
    }
    for (let m = 1; m <= municipalityCount; m++) {
      municipalities.push({
        id: municipalities.length + 1,
        country,
        code: pad(m, 4),
        name: `Synthetic ${country} municipality ${pad(m, 4)}`,
        kind: m % 10 === 3 ? 'CITY' : 'MUNICIPALITY',
        parentId: regions[m % regions.length],
        validTo: m % 97 === 50 ? '2019-12-31' : null,
      });
    }
  }
  const places = municipalities.filter((m) => m.kind !== 'REGION');

  const organisations = [
    ...Array.from({ length: 12 }, (_, i) => ({
      id: i + 1,
      code: `SYN_FUNDER_${pad(i + 1, 2)}`,
      kind: 'FUNDER',
      country: countries[i % countries.length],
    })),
    ...Array.from({ length: 8 }, (_, i) => ({
      id: i + 13,
      code: `SYN_ASSOCIATION_${pad(i + 1, 2)}`,
      kind: 'ASSOCIATION',
      country: countries[i % countries.length],
    })),
  ];
  const funders = organisations.filter((o) => o.kind === 'FUNDER');
  const implementers = organisations.filter((o) => o.kind === 'ASSOCIATION');

  const indicators = Array.from({ length: shape.indicators }, (_, index) => ({
    id: index + 1,
    code: indicatorCode(index),
    aggregation: aggregationOf(index),
    direction: directionOf(index),
  }));
  // Programme and initiative values use the last fifth of the indicators; municipal values start at the first.
  const scopeIndicators = indicators.slice(Math.floor(shape.indicators * 0.8));

  const programmes = Array.from({ length: shape.programmes }, (_, i) => {
    const startYear = FIRST_YEAR + Math.floor(random() * 6);
    return {
      id: i + 1,
      code: `SYN_P${pad(i + 1, 3)}`,
      startYear,
      endYear: startYear + 2 + Math.floor(random() * 4),
      published: i % 10 !== 9,
      budget: Math.round(100_000 + random() * 9_900_000),
      countries: [...new Set([pick(countries), pick(countries)])].sort(),
      funders: [...new Set([funders[i % funders.length], pick(funders)])],
      implementers: [...new Set([pick(implementers), pick(implementers)])],
      components: 3 + Math.floor(random() * 3),
      indicators: Array.from({ length: 5 }, (_, k) => scopeIndicators[(i * 7 + k) % scopeIndicators.length]),
    };
  });
  let componentId = 0;
  const components = programmes.flatMap((p) =>
    Array.from({ length: p.components }, (_, k) => ({ id: ++componentId, programmeId: p.id, position: k + 1 })),
  );
  const firstComponent = new Map<number, number>();
  for (const c of components) if (!firstComponent.has(c.programmeId)) firstComponent.set(c.programmeId, c.id);

  const initiatives: {
    id: number;
    programmeId: number;
    componentId: number;
    code: string;
    lead: number;
    members: number[];
    year: number;
    indicatorId: number;
  }[] = [];
  for (const p of programmes) {
    for (let k = 0; k < shape.initiativesPerProgramme; k++) {
      const members = new Set<number>();
      const size = 1 + Math.floor(random() * 4);
      while (members.size < size) members.add(pick(places).id);
      const sorted = [...members];
      initiatives.push({
        id: initiatives.length + 1,
        programmeId: p.id,
        componentId: firstComponent.get(p.id)! + (k % p.components),
        code: `SYN_P${pad(p.id, 3)}_I${pad(k + 1, 4)}`,
        lead: sorted[0],
        members: sorted,
        year: p.startYear + (k % (p.endYear - p.startYear + 1)),
        indicatorId: p.indicators[k % p.indicators.length].id,
      });
    }
  }

  // Years a municipality has no values at all for: about one in twelve.
  const missingYear = new Set<string>();
  for (const m of municipalities)
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) if (random() < 0.08) missingYear.add(`${m.id}:${year}`);

  function* observations(): Iterable<unknown[]> {
    let written = 0;
    const status = () => (random() < 0.95 ? 'APPROVED' : pick(['SUBMITTED', 'DRAFT', 'RETURNED']));
    const row = (
      indicatorId: number,
      scope: 'PROGRAMME' | 'INITIATIVE' | 'MUNICIPALITY',
      scopeId: number,
      year: number,
      endYear: number,
      sex: string,
      kind: string,
      value: number,
      numerator: number | null,
      denominator: number | null,
    ) => {
      written += 1;
      return [
        indicatorId,
        scope,
        scope === 'PROGRAMME' ? scopeId : null,
        scope === 'INITIATIVE' ? scopeId : null,
        scope === 'MUNICIPALITY' ? scopeId : null,
        `${year}-01-01`,
        `${endYear}-12-31`,
        sex,
        kind,
        value,
        numerator,
        denominator,
        1,
        'Synthetic value, generated for benchmarking.',
        status(),
      ];
    };
    const full = () => written >= shape.observations;
    for (const p of programmes) {
      for (const indicator of p.indicators) {
        if (full()) return;
        const baseline = round4(random() * 100);
        yield row(indicator.id, 'PROGRAMME', p.id, p.startYear, p.startYear, 'TOTAL', 'BASELINE', baseline, null, null);
        if (full()) return;
        yield row(
          indicator.id,
          'PROGRAMME',
          p.id,
          p.endYear,
          p.endYear,
          'TOTAL',
          'TARGET',
          round4(baseline + 10 + random() * 50),
          null,
          null,
        );
        for (let year = p.startYear; year <= Math.min(p.endYear, LAST_YEAR); year++) {
          if (full()) return;
          if (random() < 0.1) continue;
          yield row(
            indicator.id,
            'PROGRAMME',
            p.id,
            year,
            year,
            'TOTAL',
            'ACTUAL',
            round4(baseline + random() * 60),
            null,
            null,
          );
        }
      }
    }
    for (const initiative of initiatives) {
      for (let year = initiative.year; year < initiative.year + 3; year++) {
        if (full()) return;
        yield row(
          initiative.indicatorId,
          'INITIATIVE',
          initiative.id,
          year,
          year,
          'TOTAL',
          'ACTUAL',
          Math.floor(random() * 200),
          null,
          null,
        );
      }
    }
    for (const indicator of indicators) {
      for (const m of municipalities) {
        for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
          if (missingYear.has(`${m.id}:${year}`) || (m.validTo !== null && m.validTo < `${year}-01-01`)) continue;
          const female = Math.floor(random() * 500);
          const male = Math.floor(random() * 500);
          const cells: Record<string, [number, number | null, number | null]> =
            indicator.aggregation === 'SHARE'
              ? {
                  TOTAL: [round4((100 * (female + male)) / 2000), female + male, 2000],
                  FEMALE: [round4((100 * female) / 1000), female, 1000],
                  MALE: [round4((100 * male) / 1000), male, 1000],
                }
              : indicator.aggregation === 'MEAN'
                ? {
                    TOTAL: [round4((female + male) / 100), null, null],
                    FEMALE: [round4(female / 50), null, null],
                    MALE: [round4(male / 50), null, null],
                  }
                : { TOTAL: [female + male, null, null], FEMALE: [female, null, null], MALE: [male, null, null] };
          for (const sex of SEXES) {
            if (random() < 0.03) continue;
            if (full()) return;
            yield row(indicator.id, 'MUNICIPALITY', m.id, year, year, sex, 'ACTUAL', ...cells[sex]);
          }
        }
      }
    }
    if (!full())
      throw new Error(
        `The dataset's shape holds only ${written} observations, fewer than the ${shape.observations} asked for.`,
      );
  }

  const years = (p: { startYear: number; endYear: number }) => [`${p.startYear}-01-01`, `${p.endYear}-12-31`];
  return [
    {
      table: 'source',
      columns: ['id', 'key', 'title', 'kind', 'publisher'],
      rows: [
        [
          1,
          SYNTHETIC_SOURCE_KEY,
          `Synthetic benchmark data: ${shape.observations} generated observations, not real figures`,
          'STATISTICS',
          'bench/synthetic-dataset.ts',
        ],
      ],
    },
    {
      table: 'country',
      columns: ['code', 'name_en', 'name_local'],
      rows: countries.map((code) => [code, `Synthetic ${code}`, `Synthetic ${code}`]),
    },
    {
      table: 'municipality',
      columns: ['id', 'country_code', 'code', 'name_local', 'kind', 'parent_id', 'valid_to'],
      rows: municipalities.map((m) => [m.id, m.country, m.code, m.name, m.kind, m.parentId, m.validTo]),
    },
    {
      table: 'organisation',
      columns: ['id', 'code', 'name_en', 'kind', 'country_code'],
      rows: organisations.map((o) => [o.id, o.code, `Synthetic ${o.code.toLowerCase()}`, o.kind, o.country]),
    },
    {
      table: 'indicator',
      columns: ['id', 'code', 'name_en', 'unit', 'level', 'direction', 'aggregation', 'disaggregations', 'computation'],
      rows: indicators.map((i) => [
        i.id,
        i.code,
        `Synthetic indicator ${i.id}`,
        UNITS[i.aggregation],
        'OUTCOME',
        i.direction,
        i.aggregation,
        '{SEX}',
        'REPORTED',
      ]),
    },
    {
      table: 'programme',
      columns: [
        'id',
        'code',
        'name_en',
        'planned_start_on',
        'planned_end_on',
        'start_on',
        'end_on',
        'budget_amount',
        'budget_currency',
        'published',
        'budget_published',
      ],
      rows: programmes.map((p) => [
        p.id,
        p.code,
        `Synthetic programme ${pad(p.id, 3)}`,
        ...years(p),
        ...years(p),
        p.budget,
        'EUR',
        p.published,
        true,
      ]),
    },
    {
      table: 'programme_component',
      columns: ['id', 'programme_id', 'position', 'name_en'],
      rows: components.map((c) => [c.id, c.programmeId, c.position, `Component ${c.position}`]),
    },
    {
      table: 'programme_country',
      columns: ['programme_id', 'country_code'],
      rows: programmes.flatMap((p) => p.countries.map((c) => [p.id, c])),
    },
    {
      table: 'programme_funder',
      columns: ['programme_id', 'organisation_id', 'amount', 'currency'],
      rows: programmes.flatMap((p) => p.funders.map((f, k) => [p.id, f.id, Math.round(p.budget / (k + 2)), 'EUR'])),
    },
    {
      table: 'programme_implementer',
      columns: ['programme_id', 'organisation_id', 'role'],
      rows: programmes.flatMap((p) => p.implementers.map((o, k) => [p.id, o.id, k === 0 ? 'LEAD' : 'PARTNER'])),
    },
    {
      table: 'programme_participant',
      columns: ['programme_id', 'municipality_id', 'grant_amount', 'grant_currency', 'source_id'],
      rows: programmes.flatMap((p) =>
        [...new Set(initiatives.filter((i) => i.programmeId === p.id).map((i) => i.lead))]
          .slice(0, 10)
          .map((m) => [p.id, m, 10_000 + (m % 50) * 1000, 'EUR', 1]),
      ),
    },
    {
      table: 'initiative',
      columns: [
        'id',
        'programme_id',
        'component_id',
        'code',
        'name_en',
        'lead_municipality_id',
        'start_on',
        'end_on',
        'status',
      ],
      rows: initiatives.map((i) => [
        i.id,
        i.programmeId,
        i.componentId,
        i.code,
        `Synthetic initiative ${i.code}`,
        i.lead,
        `${i.year}-01-01`,
        `${i.year + 2}-12-31`,
        'COMPLETED',
      ]),
    },
    {
      table: 'initiative_municipality',
      columns: ['initiative_id', 'municipality_id'],
      rows: initiatives.flatMap((i) => i.members.map((m) => [i.id, m])),
    },
    {
      table: 'charter_signature',
      columns: ['municipality_id', 'signed_on', 'action_plan_adopted_on', 'source_id'],
      rows: places
        .filter((m) => m.id % 6 === 0)
        .map((m) => [m.id, `${2010 + (m.id % 12)}-03-08`, m.id % 12 === 0 ? `${2012 + (m.id % 12)}-06-01` : null, 1]),
    },
    {
      table: 'observation',
      columns: [
        'indicator_id',
        'scope_kind',
        'programme_id',
        'initiative_id',
        'municipality_id',
        'period_start',
        'period_end',
        'sex',
        'kind',
        'value',
        'numerator',
        'denominator',
        'source_id',
        'source_quote',
        'review_status',
      ],
      rows: { [Symbol.iterator]: () => observations()[Symbol.iterator]() },
    },
  ];
}
