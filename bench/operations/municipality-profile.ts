import { globalId, latestTotals, localDate, money, progress, type BenchOperation } from './bench-operation';

/** A municipality's profile: its region, Charter signature, programmes, first initiatives and every indicator's results. */
export function municipalityProfile(country: string, code: string): BenchOperation {
  return {
    name: 'municipality profile',
    operationName: 'BenchMunicipalityProfile',
    query: /* GraphQL */ `
      query BenchMunicipalityProfile($country: CountryCode!, $code: String!) {
        municipality(country: $country, code: $code) {
          id
          code
          nameLocal
          kind
          validTo
          country {
            code
            nameEn
          }
          parent {
            code
            nameLocal
          }
          charterSignature {
            signedOn
            actionPlanAdoptedOn
          }
          programmeParticipations {
            programme {
              code
              nameEn
            }
            grant {
              amount
              currency
            }
          }
          initiatives(first: 20) {
            totalCount
            nodes {
              code
              nameEn
              programme {
                code
              }
            }
          }
          results {
            indicator {
              code
              direction
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
              periodEnd
            }
            progress
          }
        }
      }
    `,
    variables: { country, code },
    floorParams: (variables) => [variables.country, variables.code],
    scales: false,
    // Measured on the quick dataset: of 20 requests sent one after another, 6 sent 9 statements.
    statementsVary: {
      fewest: 9,
      most: 10,
      why: "its participations' programmes and its initiatives' programmes are read in one statement when both lists reach the hub before the programme loader sends its batch, in two when they arrive apart (on the full dataset the initiatives' statement takes longer, and the full run sent two)",
    },
    floorSql: `
      with visible_programme as (select id, code, name_en from programme where published),
      joined as (
        select i.* from initiative i
        where i.programme_id in (select id from visible_programme)
          and exists (select 1 from initiative_municipality im where im.initiative_id = i.id and im.municipality_id = (select id from municipality where country_code = $1 and code = $2))
      )
      select json_build_object('municipality', (
        select json_build_object(
          'id', ${globalId('Municipality', 'm.id')}, 'code', m.code, 'nameLocal', m.name_local, 'kind', m.kind, 'validTo', ${localDate('m.valid_to')},
          'country', (select json_build_object('code', c.code, 'nameEn', c.name_en) from country c where c.code = m.country_code),
          'parent', (select json_build_object('code', r.code, 'nameLocal', r.name_local) from municipality r where r.id = m.parent_id),
          'charterSignature', (
            select json_build_object('signedOn', ${localDate('cs.signed_on')}, 'actionPlanAdoptedOn', ${localDate('cs.action_plan_adopted_on')})
            from charter_signature cs where cs.municipality_id = m.id),
          'programmeParticipations', (
            select coalesce(json_agg(json_build_object(
              'programme', json_build_object('code', vp.code, 'nameEn', vp.name_en), 'grant', ${money('pp.grant_amount', 'pp.grant_currency')}) order by pp.id), '[]')
            from programme_participant pp join visible_programme vp on vp.id = pp.programme_id where pp.municipality_id = m.id),
          'initiatives', json_build_object(
            'totalCount', (select count(*) from joined),
            'nodes', (
              select coalesce(json_agg(json_build_object('code', i.code, 'nameEn', i.name_en, 'programme', json_build_object('code', vp.code)) order by i.code, i.id), '[]')
              from (select * from joined order by code, id limit 20) i join visible_programme vp on vp.id = i.programme_id)),
          'results', (
            select coalesce(json_agg(json_build_object(
              'indicator', json_build_object('code', i.code, 'direction', i.direction),
              'baseline', r.baseline, 'target', r.target, 'latestActual', r.latest_actual,
              'progress', ${progress('r.b', 'r.t', 'r.a', 'i.direction')}
            ) order by i.code collate "C"), '[]')
            from (
              select l.indicator_id,
                (json_agg(json_build_object('value', l.value::float8, 'periodEnd', ${localDate('l.period_end')})) filter (where l.kind = 'BASELINE')) -> 0 as baseline,
                (json_agg(json_build_object('value', l.value::float8, 'periodEnd', ${localDate('l.period_end')})) filter (where l.kind = 'TARGET')) -> 0 as target,
                (json_agg(json_build_object('value', l.value::float8, 'periodEnd', ${localDate('l.period_end')})) filter (where l.kind = 'ACTUAL')) -> 0 as latest_actual,
                max(l.value::float8) filter (where l.kind = 'BASELINE') as b,
                max(l.value::float8) filter (where l.kind = 'TARGET') as t,
                max(l.value::float8) filter (where l.kind = 'ACTUAL') as a
              from (${latestTotals('municipality_id', 'm.id')}) l
              group by l.indicator_id
            ) r join indicator i on i.id = r.indicator_id))
        from municipality m where m.country_code = $1 and m.code = $2))::text as data`,
  };
}
