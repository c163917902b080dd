import type { EntityClass } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { asEntityRows } from './entity-rows';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** Loads rows of `entity` by a unique key (the primary key or a natural key), one `IN` query a batch. */
export function createRowsByKeyLoader<T extends object, K extends string | number>(
  reader: Reader,
  entity: EntityClass<T>,
  keyProperty: keyof T & string,
): DataLoader<K, T | null> {
  const keyColumn = columnOf(reader.em, entity, keyProperty);
  return new DataLoader<K, T | null>(async (keys) => {
    const query = sql(reader.em)
      .select(selectionOf(reader.em, entity, 't'))
      .from({ t: tableOf(reader.em, entity) })
      .whereIn(`t.${keyColumn}`, keys as K[]);
    reader.rules.restrict(entity, query, 't');
    const rows = asEntityRows(entity, await fetchRows<T>(reader.em, query));
    const byKey = new Map(rows.map((row) => [String(row[keyProperty]), row]));
    return keys.map((key) => byKey.get(String(key)) ?? null);
  });
}
