import type { EntityClass } from '@mikro-orm/core';
import { asEntityRows } from './entity-rows';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** Every row of a small reference table (countries, themes), in `orderBy` order: lists too short to page. */
export async function fetchAllRows<T extends object>(
  reader: Reader,
  entity: EntityClass<T>,
  orderBy: (keyof T & string)[],
): Promise<T[]> {
  const query = sql(reader.em)
    .select(selectionOf(reader.em, entity, 't'))
    .from({ t: tableOf(reader.em, entity) })
    .orderBy(orderBy.map((property) => `t.${columnOf(reader.em, entity, property)}`));
  reader.rules.restrict(entity, query, 't');
  return asEntityRows(entity, await fetchRows<T>(reader.em, query));
}
