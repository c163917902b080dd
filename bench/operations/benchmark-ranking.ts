import { localDate, type BenchOperation } from './bench-operation';

/** The chosen indicators of the ranking, with their weights. */
const CHOSEN = [
  { code: 'SYN_IND_001', weight: 2 },
  { code: 'SYN_IND_002', weight: 1 },
  { code: 'SYN_IND_003', weight: 1 },
];

/** The benchmark ranking of a country's municipalities on three weighted indicators, its first page. */
export function benchmarkRanking(country: string, year: number): BenchOperation {
  const chosenRows = CHOSEN.map(({ code, weight }, ordinal) => `(${ordinal}, '${code}', ${weight}::numeric)`).join(
    ', ',
  );
  return {
    name: 'benchmark ranking',
    operationName: 'BenchRanking',
    query: /* GraphQL */ `
      query BenchRanking($country: CountryCode!, $year: Int!, $first: Int!) {
        municipalityRanking(
          country: $country
          year: $year
          indicators: [${CHOSEN.map(({ code, weight }) => `{ code: "${code}", weight: ${weight} }`).join(', ')}]
          normalisation: MIN_MAX
          kind: MUNICIPALITY
        ) {
          year municipalityCount rankedCount
          indicators { indicator { code direction } weight municipalitiesWithData minimum maximum }
          entries(first: $first) {
            totalCount
            pageInfo { hasNextPage }
            nodes {
              rank percentile composite
              municipality { code nameLocal }
              coverage { available requested }
              scores { indicator { code } value score missing observation { periodEnd } }
            }
          }
        }
      }`,
    variables: { country, year, first: 50 },
    floorParams: (variables) => [variables.country, variables.year, variables.first],
    scales: true,
    floorSql: `
      with chosen as (
        select c.ordinal, i.id as indicator_id, i.code, i.direction, c.weight, case when i.direction = 'LOWER_IS_BETTER' then -1 else 1 end as sign
        from (values ${chosenRows}) as c (ordinal, code, weight) join indicator i on i.code = c.code
      ),
      places as (
        select id, code, name_local from municipality
        where country_code = $1 and kind = 'MUNICIPALITY' and (valid_to is null or valid_to >= make_date($2::int, 1, 1))
      ),
      latest as (
        select distinct on (o.municipality_id, o.indicator_id) o.municipality_id, o.indicator_id, o.id, o.value, o.period_end
        from observation o
        where o.scope_kind = 'MUNICIPALITY' and o.indicator_id in (select indicator_id from chosen) and o.municipality_id in (select id from places)
          and o.kind = 'ACTUAL' and o.sex = 'TOTAL' and o.role is null and o.review_status = 'APPROVED'
          and o.period_start >= make_date($2::int, 1, 1) and o.period_end <= make_date($2::int, 12, 31)
        order by o.municipality_id, o.indicator_id, o.period_end desc, o.period_start desc, o.id desc
      ),
      stats as (select indicator_id, count(*)::int as n, min(value) as lo, max(value) as hi from latest group by indicator_id),
      scored as (
        select l.*, c.weight,
               case when s.hi = s.lo then 0.5 when c.sign > 0 then (l.value - s.lo) / (s.hi - s.lo) else (s.hi - l.value) / (s.hi - s.lo) end as score
        from latest l join chosen c on c.indicator_id = l.indicator_id join stats s on s.indicator_id = l.indicator_id
      ),
      composites as (
        select municipality_id, count(*)::int as available, round(sum(weight * score) / nullif(sum(weight), 0), 12) as composite
        from scored group by municipality_id
      ),
      ranked as (
        select p.*, coalesce(c.available, 0) as available, c.composite,
               case when c.composite is not null then rank() over (partition by c.composite is null order by c.composite desc)::int end as rank,
               case when c.composite is not null then 100 * percent_rank() over (partition by c.composite is null order by c.composite) end as percentile,
               row_number() over (order by c.composite desc nulls last, p.name_local, p.id) - 1 as position
        from places p left join composites c on c.municipality_id = p.id
      )
      select json_build_object('municipalityRanking', json_build_object(
        'year', $2::int,
        'municipalityCount', (select count(*) from ranked),
        'rankedCount', (select count(composite) from ranked),
        'indicators', (
          select json_agg(json_build_object(
            'indicator', json_build_object('code', c.code, 'direction', c.direction), 'weight', c.weight::float8,
            'municipalitiesWithData', coalesce(s.n, 0), 'minimum', s.lo::float8, 'maximum', s.hi::float8) order by c.ordinal)
          from chosen c left join stats s on s.indicator_id = c.indicator_id),
        'entries', json_build_object(
          'totalCount', (select count(*) from ranked),
          'pageInfo', json_build_object('hasNextPage', (select count(*) from ranked) > $3::int),
          'nodes', coalesce((
            select json_agg(json_build_object(
              'rank', r.rank, 'percentile', r.percentile, 'composite', r.composite::float8,
              'municipality', json_build_object('code', r.code, 'nameLocal', r.name_local),
              'coverage', json_build_object('available', r.available, 'requested', (select count(*) from chosen)),
              'scores', (
                select json_agg(json_build_object(
                  'indicator', json_build_object('code', c.code), 'value', s.value::float8, 'score', s.score::float8, 'missing', s.id is null,
                  'observation', case when s.id is not null then json_build_object('periodEnd', ${localDate('s.period_end')}) end) order by c.ordinal)
                from chosen c left join scored s on s.indicator_id = c.indicator_id and s.municipality_id = r.id)
            ) order by r.position)
            from ranked r where r.position < $3::int), '[]'))
      ))::text as data`,
  };
}
