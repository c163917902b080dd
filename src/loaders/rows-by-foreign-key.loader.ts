import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';

/** Loads, for each key, the rows of `entity` whose `foreignKey` holds it, ordered by `orderBy` properties. */
export function createRowsByForeignKeyLoader<T extends object, K extends string | number>(
  em: EntityManager,
  entity: EntityClass<T>,
  foreignKey: keyof T & string,
  orderBy: (keyof T & string)[],
): DataLoader<K, T[]> {
  const keyColumn = columnOf(em, entity, foreignKey);
  return new DataLoader<K, T[]>(async (keys) => {
    const query = sql(em)
      .select(selectionOf(em, entity, 't'))
      .from({ t: tableOf(em, entity) })
      .whereIn(`t.${keyColumn}`, keys as K[])
      .orderBy(orderBy.map((property) => `t.${columnOf(em, entity, property)}`));
    const rows = await fetchRows<T>(em, query);
    return groupByKey(keys, rows, (row) => row[foreignKey]);
  });
}

/** Groups rows under the keys asked for, in key order; a key without rows gets `[]`. */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => unknown): R[][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = String(keyOf(row));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return keys.map((key) => groups.get(String(key)) ?? []);
}
