import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';

/** Loads rows of `entity` by a unique key (the primary key or a natural key), one `IN` query a batch. */
export function createRowsByKeyLoader<T extends object, K extends string | number>(
  em: EntityManager,
  entity: EntityClass<T>,
  keyProperty: keyof T & string,
): DataLoader<K, T | null> {
  const keyColumn = columnOf(em, entity, keyProperty);
  return new DataLoader<K, T | null>(async (keys) => {
    const query = sql(em)
      .select(selectionOf(em, entity, 't'))
      .from({ t: tableOf(em, entity) })
      .whereIn(`t.${keyColumn}`, keys as K[]);
    const rows = await fetchRows<T>(em, query);
    const byKey = new Map(rows.map((row) => [String(row[keyProperty]), row]));
    return keys.map((key) => byKey.get(String(key)) ?? null);
  });
}
