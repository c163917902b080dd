import type { EntityClass } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { asEntityRows } from './entity-rows';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** Loads, for each key, the rows of `entity` whose `foreignKey` holds it, ordered by `orderBy` properties. */
export function createRowsByForeignKeyLoader<T extends object, K extends string | number>(
  reader: Reader,
  entity: EntityClass<T>,
  foreignKey: keyof T & string,
  orderBy: (keyof T & string)[],
): DataLoader<K, T[]> {
  const keyColumn = columnOf(reader.em, entity, foreignKey);
  return new DataLoader<K, T[]>(async (keys) => {
    const query = sql(reader.em)
      .select(selectionOf(reader.em, entity, 't'))
      .from({ t: tableOf(reader.em, entity) })
      .whereIn(`t.${keyColumn}`, keys as K[])
      // By key first, so each key's rows are sorted apart (see createLinkedRowsLoader).
      .orderBy([`t.${keyColumn}`, ...orderBy.map((property) => `t.${columnOf(reader.em, entity, property)}`)]);
    reader.rules.restrict(entity, query, 't');
    const rows = asEntityRows(entity, await fetchRows<T>(reader.em, query));
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
