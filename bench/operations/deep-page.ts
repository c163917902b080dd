import type { BenchOperation } from './bench-operation';

/** A deep nested page: programmes, their initiatives, and the initiatives' municipalities, `size` at each paged level. */
export function deepPage(size: number): BenchOperation {
  return {
    name: 'deep page (programmes → initiatives → municipalities)',
    operationName: 'BenchDeepPage',
    query: /* GraphQL */ `
      query BenchDeepPage($first: Int!) {
        programmes(first: $first) {
          totalCount
          nodes {
            code
            nameEn
            initiatives(first: $first) {
              totalCount
              nodes {
                code
                nameEn
                municipalities {
                  code
                  nameLocal
                  country {
                    code
                  }
                }
              }
            }
          }
        }
      }
    `,
    variables: { first: size },
    floorParams: (variables) => [variables.first],
    scales: false,
    floorSql: `
      with programmes as (select id, code, name_en from programme where published order by name_en, id limit $1),
      initiatives as (
        select i.id, i.programme_id, i.code, i.name_en, i.position
        from programmes p
        cross join lateral (select id, programme_id, code, name_en, row_number() over (order by code, id) as position
                            from initiative where programme_id = p.id order by code, id limit $1) i
      ),
      members as (
        select im.initiative_id,
               json_agg(json_build_object('code', m.code, 'nameLocal', m.name_local, 'country', json_build_object('code', m.country_code)) order by m.name_local) as list
        from initiative_municipality im join municipality m on m.id = im.municipality_id
        where im.initiative_id in (select id from initiatives)
        group by im.initiative_id
      ),
      nodes as (
        select i.programme_id,
               json_agg(json_build_object('code', i.code, 'nameEn', i.name_en, 'municipalities', coalesce(mb.list, '[]')) order by i.position) as list
        from initiatives i left join members mb on mb.initiative_id = i.id
        group by i.programme_id
      )
      select json_build_object('programmes', json_build_object(
        'totalCount', (select count(*) from programme where published),
        'nodes', coalesce((
          select json_agg(json_build_object(
            'code', p.code, 'nameEn', p.name_en,
            'initiatives', json_build_object(
              'totalCount', (select count(*) from initiative where programme_id = p.id),
              'nodes', coalesce(n.list, '[]'))
          ) order by p.name_en, p.id)
          from programmes p left join nodes n on n.programme_id = p.id), '[]')
      ))::text as data`,
  };
}
