import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { orderByOf, type SortKey } from './page';
import { asEntityRows } from './entity-rows';
import { fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/**
 * How the child list of one parent is found: `restrict` adds the joins and conditions that keep
 * the rows (alias `t`) belonging to the parent whose key is `parentKey` (a column reference).
 */
export interface ChildList<T extends object> {
  entity: EntityClass<T>;
  parentKeyType: 'int' | 'text';
  restrict: (query: Knex.QueryBuilder, parentKey: Knex.Ref<string, { [key: string]: string }>) => void;
  sortKeys: SortKey[];
}

const PARENT = '__parentKey';
const TOTAL = '__total';
const POSITION = '__position';

/**
 * Loads one page of a child list for many parents in ONE statement: each parent's count and
 * page come from two LATERAL subqueries, so the statement count does not grow with the parents.
 */
export function createChildPageLoader<T extends object, K extends string | number>(
  reader: Reader,
  list: ChildList<T>,
  request: PageRequest,
): DataLoader<K, Page<T>> {
  return new DataLoader<K, Page<T>>(async (keys) => {
    const knex = sql(reader.em);
    const parentKey = knex.ref('k.key');
    const order = list.sortKeys.map((key) => `${key.column.toString()} ${key.direction}`).join(', ');

    const count = knex.from({ t: tableOf(reader.em, list.entity) }).count({ total: '*' });
    list.restrict(count, parentKey);
    reader.rules.restrict(list.entity, count, 't');

    const page = knex
      .from({ t: tableOf(reader.em, list.entity) })
      .select({
        ...selectionOf(reader.em, list.entity, 't'),
        [POSITION]: knex.raw(`row_number() over (order by ${order}) - 1`),
      })
      .orderBy(orderByOf(list.sortKeys));
    list.restrict(page, parentKey);
    reader.rules.restrict(list.entity, page, 't');
    let limit: number;
    if (!request.fromEnd) {
      limit = Math.max(0, Math.min(request.size, (request.end ?? Infinity) - request.start));
      page.limit(limit + 1).offset(request.start);
    } else if (request.end != null) {
      const offset = Math.max(request.start, request.end - request.size);
      limit = Math.max(0, request.end - offset);
      page.limit(limit).offset(offset);
    } else {
      limit = request.size;
      page
        .limit(limit)
        .offset(knex.raw('greatest(c.total - ?, ?)', [request.size, request.start]) as unknown as number);
    }

    const query = knex.raw(
      `select k.key as "${PARENT}", c.total as "${TOTAL}", p.* from unnest(array[?]::${list.parentKeyType}[]) with ordinality as k(key, ord)
       cross join lateral (?) as c left join lateral (?) as p on true order by k.ord, p."${POSITION}"`,
      [[...keys] as string[], count, page],
    );
    const rows = await fetchRows<
      T & { [PARENT]: unknown; [TOTAL]: string | number; [POSITION]: string | number | null }
    >(reader.em, query);

    const byParent = new Map<string, { total: number; rows: T[]; first: number | null }>();
    for (const row of rows) {
      const parent = String(row[PARENT]);
      let entry = byParent.get(parent);
      if (!entry) byParent.set(parent, (entry = { total: Number(row[TOTAL]), rows: [], first: null }));
      if (row[POSITION] == null) continue;
      entry.first ??= Number(row[POSITION]);
      const { [PARENT]: _p, [TOTAL]: _t, [POSITION]: _n, ...child } = row;
      entry.rows.push(child as unknown as T);
    }
    for (const entry of byParent.values()) asEntityRows(list.entity, entry.rows);
    return keys.map((key) => {
      const entry = byParent.get(String(key)) ?? { total: 0, rows: [], first: null };
      const first = entry.first ?? request.start;
      const pageRows = entry.rows.slice(0, limit);
      const hasNextPage = request.fromEnd ? request.end != null : entry.rows.length > limit || request.end != null;
      return new Page(pageRows, first, { hasNextPage, hasPreviousPage: first > 0 }, () => entry.total);
    });
  });
}
