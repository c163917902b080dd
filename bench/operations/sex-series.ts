import { localDate, type BenchOperation } from './bench-operation';

/** A SUM indicator's yearly series over ten years, by country and sex. */
export function sexSeries(indicator: string, fromYear: number, toYear: number): BenchOperation {
  const from = `${fromYear}-01-01`;
  const to = `${toYear}-12-31`;
  return {
    name: 'series by sex, 10 years',
    operationName: 'BenchSexSeries',
    query: /* GraphQL */ `
      query BenchSexSeries($indicator: String!, $from: LocalDate!, $to: LocalDate!) {
        series(indicator: $indicator, from: $from, to: $to, period: YEAR, groupBy: [COUNTRY, SEX]) {
          indicator {
            code
            aggregation
          }
          period
          points {
            periodStart
            periodEnd
            country {
              code
            }
            sex
            value
            observationCount
            empty
          }
        }
      }
    `,
    variables: { indicator, from, to },
    floorParams: (variables) => [variables.indicator, variables.from, variables.to],
    scales: true,
    floorSql: `
      with periods as (
        select greatest(make_date(y, 1, 1), $2::date) as period_start, least(make_date(y, 12, 31), $3::date) as period_end
        from generate_series(extract(year from $2::date)::int, extract(year from $3::date)::int) as y
      ),
      facts as (
        select p.period_start, coalesce(o.country_code, m.country_code)::text as country_code, o.sex, o.value
        from observation o
        join indicator i on i.id = o.indicator_id and i.code = $1
        join periods p on o.period_start >= p.period_start and o.period_end <= p.period_end
        left join municipality m on m.id = o.municipality_id
        where o.kind = 'ACTUAL' and o.review_status = 'APPROVED' and o.role is null
          and (o.programme_id is null or o.programme_id in (select id from programme where published))
          and (o.initiative_id is null or o.initiative_id in (select id from initiative where programme_id in (select id from programme where published)))
          and (o.activity_id is null or o.activity_id in (select id from activity where programme_id is null or programme_id in (select id from programme where published)))
      ),
      cells as (
        select period_start, country_code, sex, sum(value)::float8 as value, count(*)::int as observations
        from facts group by period_start, country_code, sex
      ),
      groups as (select distinct country_code, sex from cells)
      select json_build_object('series', json_build_object(
        'indicator', (select json_build_object('code', code, 'aggregation', aggregation) from indicator where code = $1),
        'period', 'YEAR',
        'points', coalesce((
          select json_agg(json_build_object(
            'periodStart', ${localDate('p.period_start')}, 'periodEnd', ${localDate('p.period_end')},
            'country', case when g.country_code is not null then json_build_object('code', g.country_code) end,
            'sex', g.sex, 'value', c.value, 'observationCount', coalesce(c.observations, 0), 'empty', c.observations is null
          ) order by g.country_code nulls last, g.sex nulls last, p.period_start)
          from periods p cross join groups g
          left join cells c on c.period_start = p.period_start and c.country_code is not distinct from g.country_code and c.sex = g.sex), '[]')
      ))::text as data`,
  };
}
