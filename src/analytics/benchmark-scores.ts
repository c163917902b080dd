import type { Knex } from '@mikro-orm/postgresql';
import { IndicatorDirection } from '../entities/indicator.entity';
import { Municipality } from '../entities/municipality.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../entities/observation.entity';
import { Sex } from '../entities/sex.enum';
import { sql, tableOf } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import { normalisedScoreSql } from './benchmark-normalisation';
import type { BenchmarkRequest } from './benchmark-request';

/**
 * The common table expressions of a ranking, for one statement to select from:
 *
 * - `chosen (ordinal, indicator_id, weight, sign)`: the requested indicators in request order;
 *   sign 1 when higher is better, -1 when lower is.
 * - `places (id, name_local)`: the country's municipalities (of the kind asked for) that still
 *   existed in the year.
 * - `latest (municipality_id, indicator_id, observation_id, value)`: per municipality and
 *   indicator, the approved ACTUAL total (sex TOTAL, every role) whose period lies inside the year,
 *   the latest if several; only values the viewer may read. No row means the value is missing.
 * - `scored (..., weight, score)`: each value normalised direction-aware over the municipalities
 *   with a value for that indicator (window aggregates partitioned by indicator).
 * - `composites (municipality_id, available, composite)`: the weighted mean of the scores a
 *   municipality has, weights renormalised over those indicators, rounded to 12 decimals so that
 *   equal composites tie exactly; null when its available indicators all weigh zero.
 * - `ranked (municipality_id, available, composite, rank, percentile, position)`: every place,
 *   ranked by composite (ties share the rank); percentile is the percentage of the other ranked
 *   municipalities that score strictly lower. Places without a composite come last, by local name,
 *   with rank and percentile null. `position` (0-based) orders the whole list for paging.
 *
 * Arithmetic stays in `numeric`, so a composite does not depend on the order rows are summed in.
 */
export function withBenchmarkScores(reader: Reader, request: BenchmarkRequest): Knex.QueryBuilder {
  const knex = sql(reader.em);
  const yearStart = `${request.year}-01-01`;
  const yearEnd = `${request.year}-12-31`;

  const chosenRows = request.indicators.map(() => '(?::int, ?::int, ?::numeric, ?::int)').join(', ');
  const chosen = knex.raw(
    `select * from (values ${chosenRows}) as c (ordinal, indicator_id, weight, sign)`,
    request.indicators.flatMap(({ indicator, weight }, ordinal) => [
      ordinal,
      indicator.id,
      weight,
      indicator.direction === IndicatorDirection.LOWER_IS_BETTER ? -1 : 1,
    ]),
  );

  const places = knex
    .select({ id: 'm.id', name_local: 'm.name_local' })
    .from({ m: tableOf(reader.em, Municipality) })
    .where('m.country_code', request.countryCode)
    .where((existing) => existing.whereNull('m.valid_to').orWhere('m.valid_to', '>=', yearStart));
  if (request.kind) places.where('m.kind', request.kind);
  reader.rules.restrict(Municipality, places, 'm');

  const latest = knex
    .select({
      municipality_id: 'o.municipality_id',
      indicator_id: 'o.indicator_id',
      observation_id: 'o.id',
      value: 'o.value',
    })
    .distinctOn('o.municipality_id', 'o.indicator_id')
    .from({ o: tableOf(reader.em, Observation) })
    .where('o.scope_kind', ScopeKind.MUNICIPALITY)
    .whereIn(
      'o.indicator_id',
      request.indicators.map(({ indicator }) => indicator.id),
    )
    .whereIn('o.municipality_id', knex.select('places.id').from('places'))
    .where('o.kind', ObservationKind.ACTUAL)
    .where('o.sex', Sex.TOTAL)
    .whereNull('o.role')
    .where('o.review_status', ReviewStatus.APPROVED)
    .where('o.period_start', '>=', yearStart)
    .where('o.period_end', '<=', yearEnd)
    .orderBy([
      'o.municipality_id',
      'o.indicator_id',
      { column: 'o.period_end', order: 'desc' },
      { column: 'o.period_start', order: 'desc' },
      { column: 'o.id', order: 'desc' },
    ]);
  reader.rules.restrict(Observation, latest, 'o');

  const scored = knex.raw(`
    select municipality_id, indicator_id, observation_id, value, weight, (${normalisedScoreSql(request.normalisation)}) as score
    from (
      select l.municipality_id, l.indicator_id, l.observation_id, l.value, c.weight, c.sign,
             min(l.value) over per_indicator as lo, max(l.value) over per_indicator as hi,
             avg(l.value) over per_indicator as mean, stddev_pop(l.value) over per_indicator as sd
      from latest l join chosen c on c.indicator_id = l.indicator_id
      window per_indicator as (partition by l.indicator_id)
    ) as with_statistics`);

  const composites = knex.raw(`
    select municipality_id, count(*)::int as available,
           round(sum(weight * score) / nullif(sum(weight), 0), 12) as composite
    from scored
    group by municipality_id`);

  const ranked = knex.raw(`
    select p.id as municipality_id, coalesce(c.available, 0) as available, c.composite,
           case when c.composite is not null then rank() over (partition by c.composite is null order by c.composite desc)::int end as rank,
           case when c.composite is not null then 100 * percent_rank() over (partition by c.composite is null order by c.composite) end as percentile,
           (row_number() over (order by c.composite desc nulls last, p.name_local, p.id) - 1)::int as position
    from places p left join composites c on c.municipality_id = p.id`);

  return knex
    .with('chosen', chosen)
    .with('places', places)
    .with('latest', latest)
    .with('scored', scored)
    .with('composites', composites)
    .with('ranked', ranked);
}
