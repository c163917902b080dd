import type { Knex } from '@mikro-orm/postgresql';
import type { PageRequest } from '../schema/page-args';

/**
 * Adds the CTEs `paging` and `bounds` to `query`: over a CTE named `ranked` whose rows carry a
 * 0-based `position`, `bounds` holds the list's `total` and the page's window `lo` (inclusive) to
 * `hi` (exclusive), worked out in SQL so a page from the end needs no separate count.
 */
export function withPageBounds(knex: Knex, query: Knex.QueryBuilder, page: PageRequest): Knex.QueryBuilder {
  return query
    .with(
      'paging',
      knex.raw('select ?::boolean as from_end, ?::int as start, ?::int as stop, ?::int as size', [
        page.fromEnd,
        page.start,
        page.end,
        page.size,
      ]),
    )
    .with(
      'bounds',
      knex.raw(`
      select counts.total,
             case when paging.from_end then greatest(paging.start, coalesce(paging.stop, counts.total) - paging.size) else paging.start end as lo,
             case when paging.from_end then coalesce(paging.stop, counts.total) else least(paging.start + paging.size, coalesce(paging.stop, counts.total)) end as hi
      from (select count(*)::int as total from ranked) as counts, paging`),
    );
}
