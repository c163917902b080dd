import { Municipality } from '../entities/municipality.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../entities/observation.entity';
import { Sex } from '../entities/sex.enum';
import { fetchRows, sql, tableOf } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';

/** One municipality's value of one indicator in one year, beside its country's spread and its place in the country. */
export interface CountryComparisonRow {
  municipalityId: number;
  indicatorId: number;
  year: number;
  value: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  municipalitiesWithValue: number;
  /** 1 for the best value; null for an indicator without a better direction. */
  rank: number | null;
}

/**
 * For each of `municipalityIds`, every indicator and year it has a value in, in one statement. A
 * municipality's value in a year is, as the benchmarking ranking takes it, its approved ACTUAL total
 * (sex TOTAL, every role) whose period lies inside the year, the latest if several. Beside it, over
 * the municipalities of its country with a value for that indicator and year: the quartiles and the
 * median (`percentile_cont`, interpolated), their number, and its rank (ties share it), direction-
 * aware. Only values (and municipalities) the viewer may read count. By municipality, indicator, year.
 */
export async function loadCountryComparisons(
  reader: Reader,
  municipalityIds: readonly number[],
): Promise<CountryComparisonRow[]> {
  const knex = sql(reader.em);
  const asked = knex
    .select('m.id', 'm.country_code')
    .from({ m: tableOf(reader.em, Municipality) })
    .whereIn('m.id', [...municipalityIds]);
  reader.rules.restrict(Municipality, asked, 'm');

  const places = knex
    .select('m.id', 'm.country_code')
    .from({ m: tableOf(reader.em, Municipality) })
    .whereIn('m.country_code', knex.select('country_code').from('asked'));
  reader.rules.restrict(Municipality, places, 'm');

  const yearly = knex
    .select(
      knex.raw(
        'distinct on (o.municipality_id, o.indicator_id, extract(year from o.period_end)) o.municipality_id, p.country_code, o.indicator_id, extract(year from o.period_end)::int as year, o.value',
      ),
    )
    .from({ o: tableOf(reader.em, Observation) })
    .join({ p: 'places' }, 'p.id', 'o.municipality_id')
    .where('o.scope_kind', ScopeKind.MUNICIPALITY)
    .whereIn(
      'o.indicator_id',
      knex
        .select('a.indicator_id')
        .from({ a: tableOf(reader.em, Observation) })
        .whereIn('a.municipality_id', knex.select('id').from('asked')),
    )
    .where('o.kind', ObservationKind.ACTUAL)
    .where('o.sex', Sex.TOTAL)
    .whereNull('o.role')
    .where('o.review_status', ReviewStatus.APPROVED)
    .whereRaw('extract(year from o.period_start) = extract(year from o.period_end)')
    .orderByRaw(
      'o.municipality_id, o.indicator_id, extract(year from o.period_end), o.period_end desc, o.period_start desc, o.id desc',
    );
  reader.rules.restrict(Observation, yearly, 'o');

  const spread = knex.raw(`
    select country_code, indicator_id, year,
           percentile_cont(0.25) within group (order by value) as lower_quartile,
           percentile_cont(0.5) within group (order by value) as median,
           percentile_cont(0.75) within group (order by value) as upper_quartile,
           count(*)::int as municipalities_with_value
    from yearly group by country_code, indicator_id, year`);

  const ranked = knex.raw(`
    select y.municipality_id, y.country_code, y.indicator_id, y.year, y.value,
           case when i.direction <> 'NEUTRAL' then
             rank() over (partition by y.country_code, y.indicator_id, y.year
                          order by case when i.direction = 'LOWER_IS_BETTER' then -y.value else y.value end desc)::int
           end as rank
    from yearly y join indicator i on i.id = y.indicator_id`);

  const query = knex
    .with('asked', asked)
    .with('places', places)
    .with('yearly', yearly)
    .with('spread', spread)
    .with('ranked', ranked)
    .select({
      municipalityId: 'r.municipality_id',
      indicatorId: 'r.indicator_id',
      year: 'r.year',
      value: knex.raw('r.value::float8'),
      lowerQuartile: knex.raw('s.lower_quartile::float8'),
      median: knex.raw('s.median::float8'),
      upperQuartile: knex.raw('s.upper_quartile::float8'),
      municipalitiesWithValue: 's.municipalities_with_value',
      rank: 'r.rank',
    })
    .from({ r: 'ranked' })
    .join({ s: 'spread' }, function () {
      this.on('s.country_code', 'r.country_code').andOn('s.indicator_id', 'r.indicator_id').andOn('s.year', 'r.year');
    })
    .whereIn('r.municipality_id', knex.select('id').from('asked'))
    .orderBy(['r.municipality_id', 'r.indicator_id', 'r.year']);
  return fetchRows<CountryComparisonRow>(reader.em, query);
}
