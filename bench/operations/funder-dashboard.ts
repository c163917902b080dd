import { latestTotals, localDate, money, progress, type BenchOperation } from './bench-operation';

/** A funder's programme dashboard: its programmes with funders, countries and every indicator's results. */
export function funderDashboard(funder: string): BenchOperation {
  return {
    name: 'funder dashboard',
    operationName: 'BenchFunderDashboard',
    query: /* GraphQL */ `
      query BenchFunderDashboard($funder: String!) {
        programmes(filter: { funder: $funder }, first: 50) {
          totalCount
          nodes {
            code
            nameEn
            startOn
            endOn
            budget {
              amount
              currency
            }
            funders {
              funder {
                code
                nameEn
              }
              amount {
                amount
                currency
              }
            }
            countries {
              code
              nameEn
            }
            results {
              indicator {
                code
                nameEn
                direction
                unit
              }
              baseline {
                value
                periodEnd
              }
              target {
                value
                periodEnd
              }
              latestActual {
                value
                periodStart
                periodEnd
                source {
                  title
                }
              }
              progress
            }
          }
        }
      }
    `,
    variables: { funder },
    floorParams: (variables) => [variables.funder],
    scales: false,
    floorSql: `
      with funded as (
        select p.* from programme p
        where p.published and exists (
          select 1 from programme_funder pf join organisation o on o.id = pf.organisation_id where pf.programme_id = p.id and o.code = $1)
      )
      select json_build_object('programmes', json_build_object(
        'totalCount', (select count(*) from funded),
        'nodes', coalesce((
          select json_agg(json_build_object(
            'code', p.code, 'nameEn', p.name_en, 'startOn', ${localDate('p.start_on')}, 'endOn', ${localDate('p.end_on')},
            'budget', ${money('p.budget_amount', 'p.budget_currency')},
            'funders', (
              select coalesce(json_agg(json_build_object(
                'funder', json_build_object('code', o.code, 'nameEn', o.name_en), 'amount', ${money('pf.amount', 'pf.currency')}) order by pf.id), '[]')
              from programme_funder pf join organisation o on o.id = pf.organisation_id where pf.programme_id = p.id),
            'countries', (
              select coalesce(json_agg(json_build_object('code', c.code, 'nameEn', c.name_en) order by c.code), '[]')
              from programme_country pc join country c on c.code = pc.country_code where pc.programme_id = p.id),
            'results', (
              select coalesce(json_agg(json_build_object(
                'indicator', json_build_object('code', i.code, 'nameEn', i.name_en, 'direction', i.direction, 'unit', i.unit),
                'baseline', r.baseline, 'target', r.target, 'latestActual', r.latest_actual,
                'progress', ${progress('r.b', 'r.t', 'r.a', 'i.direction')}
              ) order by i.code collate "C"), '[]')
              from (
                select l.indicator_id,
                  (json_agg(json_build_object('value', l.value::float8, 'periodEnd', ${localDate('l.period_end')})) filter (where l.kind = 'BASELINE')) -> 0 as baseline,
                  (json_agg(json_build_object('value', l.value::float8, 'periodEnd', ${localDate('l.period_end')})) filter (where l.kind = 'TARGET')) -> 0 as target,
                  (json_agg(json_build_object(
                    'value', l.value::float8, 'periodStart', ${localDate('l.period_start')}, 'periodEnd', ${localDate('l.period_end')},
                    'source', (select json_build_object('title', s.title) from source s where s.id = l.source_id))) filter (where l.kind = 'ACTUAL')) -> 0 as latest_actual,
                  max(l.value::float8) filter (where l.kind = 'BASELINE') as b,
                  max(l.value::float8) filter (where l.kind = 'TARGET') as t,
                  max(l.value::float8) filter (where l.kind = 'ACTUAL') as a
                from (${latestTotals('programme_id', 'p.id')}) l
                group by l.indicator_id
              ) r join indicator i on i.id = r.indicator_id)
          ) order by p.name_en, p.id)
          from (select * from funded order by name_en, id limit 50) p), '[]')
      ))::text as data`,
  };
}
