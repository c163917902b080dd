import type { EntityClass } from '@mikro-orm/core';
import { fetchRows, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** Whether the viewer may read record `id` of `entity`, archived or not: one statement. */
export async function isReadableIncludingArchived(reader: Reader, entity: EntityClass<object>, id: number): Promise<boolean> {
  const query = sql(reader.em).select(sql(reader.em).raw('1')).from({ t: tableOf(reader.em, entity) }).where('t.id', id);
  reader.rules.restrictIncludingArchived(entity, query, 't');
  return (await fetchRows(reader.em, query)).length > 0;
}
