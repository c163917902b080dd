import type { EntityClass } from '@mikro-orm/core';
import { asEntityRows } from './entity-rows';
import { fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** Record `id` of `entity`, archived or not, if the viewer may read it: one statement. */
export async function readableRecordIncludingArchived<T extends object>(
  reader: Reader,
  entity: EntityClass<T>,
  id: number,
): Promise<T | null> {
  const query = sql(reader.em)
    .select(selectionOf(reader.em, entity, 't'))
    .from({ t: tableOf(reader.em, entity) })
    .where('t.id', id);
  reader.rules.restrictIncludingArchived(entity, query, 't');
  const [record] = asEntityRows(entity, await fetchRows<T>(reader.em, query));
  return record ?? null;
}
