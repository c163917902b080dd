import type { Knex } from '@mikro-orm/postgresql';
import type { Indicator } from '../entities/indicator.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../entities/observation.entity';
import type { PersonRole } from '../entities/person-role.enum';
import { Sex } from '../entities/sex.enum';
import { fetchRows, sql, tableOf } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import { badUserInput } from '../schema/errors';
import { AGGREGATION_SQL } from './series-aggregation';
import { DIMENSIONS, DIMENSION_SQL, SeriesDimension } from './series-dimensions';
import { periodGrid, periodsSql, type PeriodType } from './series-periods';

/** The most points one series may answer. */
export const MAX_SERIES_POINTS = 20_000;

/** One series to compute: an indicator's values over a range cut into periods, grouped, filtered. */
export interface SeriesRequest {
  indicator: Pick<Indicator, 'id' | 'aggregation'>;
  from: string;
  to: string;
  period: PeriodType;
  groupBy: SeriesDimension[];
  kind: ObservationKind;
  reviewStatuses: ReviewStatus[];
  countryCode?: string | null;
  /** Code of a programme: its values, those of every programme under it (by `parent_id`), and of their initiatives and activities. */
  programmeCode?: string | null;
  /** A municipality, or a region with its municipalities. */
  municipalityId?: number | null;
  scopeKinds?: ScopeKind[] | null;
}

/** One period of one group: the members of the grouped dimensions (null otherwise) and the aggregate. */
export interface SeriesPointRow {
  periodStart: string;
  periodEnd: string;
  countryCode: string | null;
  regionId: number | null;
  municipalityId: number | null;
  programmeId: number | null;
  sex: Sex | null;
  role: PersonRole | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
  excludedCount: number;
}

/**
 * The points of a series, in one statement: periods from `periodsSql`, the observations the
 * viewer may read that lie inside a period (period_start and period_end both within it), aggregated
 * per period and group by the indicator's rule, and every period crossed with every group that has
 * a value anywhere in the range, so empty periods come back (with a zero count) instead of
 * missing. Without grouping there is one group, so every period comes back even with no data.
 */
export async function loadSeries(reader: Reader, request: SeriesRequest): Promise<SeriesPointRow[]> {
  const knex = sql(reader.em);
  const grid = periodGrid(request.from, request.to, request.period);
  const grouped = DIMENSIONS.filter((dimension) => request.groupBy.includes(dimension));
  const rule = AGGREGATION_SQL[request.indicator.aggregation];

  const periods = periodsSql(knex, request.from, request.to, grid);

  const dimensionColumns = grouped.map(
    (dimension) => `${DIMENSION_SQL[dimension].expression} as ${DIMENSION_SQL[dimension].column}`,
  );
  const facts = knex
    .select(
      knex.raw(
        [
          'p.period_start',
          'o.value',
          'o.numerator',
          'o.denominator',
          '(o.numerator is not null and o.denominator is not null) as weighable',
          `row_number() over (partition by p.period_start, o.scope_kind, o.country_code, o.programme_id, o.initiative_id, o.municipality_id,
             o.organisation_id, o.activity_id, o.sex, o.role order by o.period_end desc, o.period_start desc, o.id desc) as recency`,
          ...dimensionColumns,
        ].join(', '),
      ),
    )
    .from({ o: tableOf(reader.em, Observation) })
    .join({ p: 'periods' }, (on) =>
      on.on('o.period_start', '>=', 'p.period_start').andOn('o.period_end', '<=', 'p.period_end'),
    )
    .leftJoin({ m: 'municipality' }, 'm.id', 'o.municipality_id')
    .leftJoin({ i: 'initiative' }, 'i.id', 'o.initiative_id')
    .leftJoin({ a: 'activity' }, 'a.id', 'o.activity_id')
    .where('o.indicator_id', request.indicator.id)
    .where('o.kind', request.kind)
    .whereIn('o.review_status', request.reviewStatuses)
    // The cells: totals unless split by sex, values for every role together unless split by role.
    .where((cells) => {
      if (!grouped.includes(SeriesDimension.SEX)) cells.where('o.sex', Sex.TOTAL);
      if (grouped.includes(SeriesDimension.ROLE)) cells.whereNotNull('o.role');
      else cells.whereNull('o.role');
    });
  applyScopeFilter(facts, request);
  reader.rules.restrict(Observation, facts, 'o');

  const groupColumns = grouped.map((dimension) => DIMENSION_SQL[dimension].column);
  // One hashable key per group, built once per cell rather than per value: matching groups column by column with
  // `is not distinct from` would rule out a hash join.
  const cells = knex.raw(
    `select f.period_start, jsonb_build_array(${groupColumns.map((column) => `f.${column}`).join(', ')}) as group_key${groupColumns.map((column) => `, f.${column}`).join('')},
       (${rule.value})::float8 as value, (${rule.numerator})::float8 as numerator, (${rule.denominator})::float8 as denominator,
       (count(*) filter (where ${rule.counted}))::int as observation_count, (count(*) filter (where ${rule.excluded}))::int as excluded_count
     from facts f group by f.period_start${groupColumns.map((column) => `, f.${column}`).join('')}`,
  );
  // Without grouping there is one group, whether or not any value lies in the range.
  const groups = knex.raw(
    groupColumns.length > 0
      ? `select distinct group_key, ${groupColumns.join(', ')} from cells`
      : `select '[]'::jsonb as group_key`,
  );

  const members = DIMENSIONS.map((dimension) => {
    const { column, type } = DIMENSION_SQL[dimension];
    return `${grouped.includes(dimension) ? `g.${column}` : `null::${type}`} as ${column}`;
  });
  const query = knex
    .with('periods', periods)
    .with('facts', facts)
    .with('cells', cells)
    .with('groups', groups)
    .select(
      knex.raw(
        [
          `to_char(p.period_start, 'YYYY-MM-DD') as "periodStart"`,
          `to_char(p.period_end, 'YYYY-MM-DD') as "periodEnd"`,
          ...members,
          'c.value',
          'c.numerator',
          'c.denominator',
          'coalesce(c.observation_count, 0) as "observationCount"',
          'coalesce(c.excluded_count, 0) as "excludedCount"',
        ].join(', '),
      ),
    )
    .from({ p: 'periods' })
    .crossJoin(knex.raw('groups g'))
    .joinRaw('left join cells c on c.period_start = p.period_start and c.group_key = g.group_key')
    .orderByRaw([...groupColumns.map((column) => `g.${column} asc nulls last`), 'p.period_start'].join(', '))
    .limit(MAX_SERIES_POINTS + 1);

  const rows = await fetchRows<Record<string, unknown>>(reader.em, query);
  if (rows.length > MAX_SERIES_POINTS) {
    throw badUserInput(
      'groupBy',
      `the series would have more than ${MAX_SERIES_POINTS} points; group by fewer dimensions, filter, or ask for fewer periods.`,
    );
  }
  return rows.map((row) => ({
    periodStart: row.periodStart as string,
    periodEnd: row.periodEnd as string,
    countryCode: (row.country_code as string | null) ?? null,
    regionId: (row.region_id as number | null) ?? null,
    municipalityId: (row.municipality_id as number | null) ?? null,
    programmeId: (row.programme_id as number | null) ?? null,
    sex: (row.sex as Sex | null) ?? null,
    role: (row.role as PersonRole | null) ?? null,
    value: (row.value as number | null) ?? null,
    numerator: (row.numerator as number | null) ?? null,
    denominator: (row.denominator as number | null) ?? null,
    observationCount: Number(row.observationCount),
    excludedCount: Number(row.excludedCount),
  }));
}

/** The filter's conditions on where a value is and what it is about. */
function applyScopeFilter(facts: Knex.QueryBuilder, request: SeriesRequest): void {
  if (request.countryCode != null)
    facts.whereRaw(`${DIMENSION_SQL[SeriesDimension.COUNTRY].expression} = ?`, [request.countryCode]);
  if (request.municipalityId != null) {
    facts.where((place) =>
      place.where('o.municipality_id', request.municipalityId!).orWhere('m.parent_id', request.municipalityId!),
    );
  }
  if (request.programmeCode != null) {
    // `union`, not `union all`: a cycle stored before writes refused them ends the walk instead of looping.
    facts.whereRaw(
      `${DIMENSION_SQL[SeriesDimension.PROGRAMME].expression} in (
         with recursive tree as (select id from programme where code = ? union select child.id from programme child join tree on child.parent_id = tree.id)
         select id from tree)`,
      [request.programmeCode],
    );
  }
  if (request.scopeKinds != null && request.scopeKinds.length > 0) facts.whereIn('o.scope_kind', request.scopeKinds);
}
