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
            code nameEn
            initiatives(first: $first) {
              totalCount
              nodes { code nameEn municipalities { code nameLocal country { code } } }
            }
          }
        }
      }`,
    variables: { first: size },
    floorParams: (variables) => [variables.first],
    scales: false,
    floorSql: `
      select json_build_object('programmes', json_build_object(
        'totalCount', (select count(*) from programme where published),
        'nodes', coalesce((
          select json_agg(json_build_object(
            'code', p.code, 'nameEn', p.name_en,
            'initiatives', json_build_object(
              'totalCount', (select count(*) from initiative where programme_id = p.id),
              'nodes', (
                select coalesce(json_agg(json_build_object(
                  'code', i.code, 'nameEn', i.name_en,
                  'municipalities', (
                    select coalesce(json_agg(json_build_object('code', m.code, 'nameLocal', m.name_local, 'country', json_build_object('code', m.country_code)) order by m.name_local), '[]')
                    from initiative_municipality im join municipality m on m.id = im.municipality_id where im.initiative_id = i.id)
                ) order by i.code, i.id), '[]')
                from (select * from initiative where programme_id = p.id order by code, id limit $1) i))
          ) order by p.name_en, p.id)
          from (select * from programme where published order by name_en, id limit $1) p), '[]')
      ))::text as data`,
  };
}
