import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { asEntityRows } from './entity-rows';
import { fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** One sort key of a list: a column of alias `t` (the listed entity), or an SQL expression over it, and its direction. */
export interface SortKey {
  column: string | Knex.Raw;
  direction: 'asc' | 'desc';
}

/** The sort keys as knex's `orderBy` takes them: it reads `order` and would silently ignore `direction`. */
export function orderByOf(sortKeys: SortKey[]): { column: string | Knex.Raw; order: 'asc' | 'desc' }[] {
  return sortKeys.map(({ column, direction }) => ({ column, order: direction }));
}

/** Adds the sort keys, then the primary key as a tie-breaker so positions are stable. */
export function withTieBreaker(sortKeys: SortKey[]): SortKey[] {
  return [...sortKeys, { column: 't.id', direction: 'asc' }];
}

/**
 * Fetches one page of a top-level list: the entity's rows (alias `t`) that `filter` keeps, in
 * `sortKeys` order. One statement for the page; the total runs only when asked for (or needed
 * to find the end of the list for `last` without `before`).
 */
export async function fetchPage<T extends object>(
  reader: Reader,
  entity: EntityClass<T>,
  filter: (query: Knex.QueryBuilder) => void,
  sortKeys: SortKey[],
  request: PageRequest,
): Promise<Page<T>> {
  const filtered = () => {
    const query = sql(reader.em).from({ t: tableOf(reader.em, entity) });
    reader.rules.restrict(entity, query, 't');
    filter(query);
    return query;
  };
  let total: Promise<number> | undefined;
  const countTotal = () =>
    (total ??= fetchRows<{ n: string }>(reader.em, filtered().count({ n: '*' })).then((rows) => Number(rows[0].n)));
  const fetchRange = (offset: number, limit: number) =>
    fetchRows<T>(
      reader.em,
      filtered()
        .select(selectionOf(reader.em, entity, 't'))
        .orderBy(orderByOf(sortKeys))
        .limit(limit)
        .offset(offset),
    ).then((rows) => asEntityRows(entity, rows));

  if (!request.fromEnd) {
    const limit = Math.max(0, Math.min(request.size, (request.end ?? Infinity) - request.start));
    const rows = limit > 0 ? await fetchRange(request.start, limit + 1) : [];
    const hasNextPage = rows.length > limit || request.end != null;
    return new Page(
      rows.slice(0, limit),
      request.start,
      { hasNextPage, hasPreviousPage: request.start > 0 },
      countTotal,
    );
  }
  const end = request.end ?? (await countTotal());
  const offset = Math.max(request.start, end - request.size);
  const limit = Math.max(0, end - offset);
  const rows = limit > 0 ? await fetchRange(offset, limit) : [];
  return new Page(rows, offset, { hasNextPage: request.end != null, hasPreviousPage: offset > 0 }, countTotal);
}
