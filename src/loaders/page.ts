import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { asEntityRows } from './entity-rows';
import type { SortKey } from './sort-key';
import { keysetOf, keyValuesOf, startAfter } from './keyset';
import { fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

export type { SortKey } from './sort-key';

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
 * to find the end of the list for `last` without `before`). Where the order allows (see keysetOf),
 * cursors carry their item's sort-key values and a page after one starts right after that item, so
 * the ten-thousandth page costs what the first does; otherwise the items before a page are counted.
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
  const keyset = keysetOf(reader.em, entity, sortKeys);
  const keyOf = keyset ? (row: T) => keyValuesOf(keyset, row) : undefined;
  const fetchRange = (offset: number | 'after key', limit: number) => {
    const query = filtered()
      .select(selectionOf(reader.em, entity, 't'))
      .orderBy(orderByOf(sortKeys))
      .limit(limit);
    if (offset === 'after key') startAfter(query, keyset!, request.afterKey!);
    else query.offset(offset);
    return fetchRows<T>(reader.em, query).then((rows) => asEntityRows(entity, rows));
  };

  if (!request.fromEnd) {
    const limit = Math.max(0, Math.min(request.size, (request.end ?? Infinity) - request.start));
    const from = keyset && request.afterKey ? 'after key' : request.start;
    const rows = limit > 0 ? await fetchRange(from, limit + 1) : [];
    const hasNextPage = rows.length > limit || request.end != null;
    return new Page(
      rows.slice(0, limit),
      request.start,
      { hasNextPage, hasPreviousPage: request.start > 0 },
      countTotal,
      keyOf,
    );
  }
  const end = request.end ?? (await countTotal());
  const offset = Math.max(request.start, end - request.size);
  const limit = Math.max(0, end - offset);
  const rows = limit > 0 ? await fetchRange(offset, limit) : [];
  return new Page(rows, offset, { hasNextPage: request.end != null, hasPreviousPage: offset > 0 }, countTotal, keyOf);
}
