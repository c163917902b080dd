import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';

/** Every row of a small reference table (countries, themes), in `orderBy` order: lists too short to page. */
export function fetchAllRows<T extends object>(em: EntityManager, entity: EntityClass<T>, orderBy: (keyof T & string)[]): Promise<T[]> {
  const query = sql(em)
    .select(selectionOf(em, entity, 't'))
    .from({ t: tableOf(em, entity) })
    .orderBy(orderBy.map((property) => `t.${columnOf(em, entity, property)}`));
  return fetchRows<T>(em, query);
}
