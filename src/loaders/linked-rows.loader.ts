import type { EntityClass } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { asEntityRows } from './entity-rows';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import { groupByKey } from './rows-by-foreign-key.loader';
import type { Reader } from './reader';

/** How a link table joins two entities, e.g. `ProgrammeCountry` from `programmeId` to `countryCode`. */
export interface Link<L extends object, T extends object> {
  link: EntityClass<L>;
  from: keyof L & string;
  to: keyof L & string;
  target: EntityClass<T>;
  targetKey: keyof T & string;
  /** The target's properties each key's rows are sorted by, most significant first. */
  orderBy: (keyof T & string) | (keyof T & string)[];
}

const LINK_KEY = '__linkKey';

/** Loads, for each key, the target rows linked to it through a link table, in one join a batch. */
export function createLinkedRowsLoader<L extends object, T extends object, K extends string | number>(
  reader: Reader,
  spec: Link<L, T>,
): DataLoader<K, T[]> {
  const fromColumn = columnOf(reader.em, spec.link, spec.from);
  return new DataLoader<K, T[]>(async (keys) => {
    const query = sql(reader.em)
      .select({ ...selectionOf(reader.em, spec.target, 't'), [LINK_KEY]: `l.${fromColumn}` })
      .from({ l: tableOf(reader.em, spec.link) })
      .join(
        { t: tableOf(reader.em, spec.target) },
        `t.${columnOf(reader.em, spec.target, spec.targetKey)}`,
        `l.${columnOf(reader.em, spec.link, spec.to)}`,
      )
      .whereIn(`l.${fromColumn}`, keys as K[])
      // By key first: PostgreSQL then sorts each key's few rows apart instead of every row by text
      // (6 214 municipalities of 500 initiatives: 32 ms against 46 ms for the statement).
      .orderBy([
        `l.${fromColumn}`,
        ...[spec.orderBy].flat().map((property) => `t.${columnOf(reader.em, spec.target, property)}`),
      ]);
    reader.rules.restrict(spec.link, query, 'l');
    reader.rules.restrict(spec.target, query, 't');
    const rows = await fetchRows<T & { [LINK_KEY]?: unknown }>(reader.em, query);
    return groupByKey(keys, rows, (row) => row[LINK_KEY]).map((group) =>
      asEntityRows(
        spec.target,
        group.map(({ [LINK_KEY]: _key, ...row }) => row as unknown as T),
      ),
    );
  });
}
