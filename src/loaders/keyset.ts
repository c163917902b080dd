import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { badUserInput } from '../schema/errors';
import { MAX_INTEGER } from '../schema/whole-number';
import type { SortValue } from '../schema/page-args';
import { LocalDate } from '../schema/scalars';
import { columnMapOf } from './plain-rows';
import type { SortKey } from './sort-key';

/** How a sort column's values are written in a cursor, and checked when a cursor comes back. */
type KeyKind = 'integer' | 'day' | 'text';

interface KeyColumn {
  column: string;
  property: string;
  kind: KeyKind;
}

/**
 * A list order a page can continue from by the sort-key values of the item before it (a keyset)
 * instead of counting the items before it: how deep the page lies no longer costs the database.
 */
export interface Keyset {
  columns: KeyColumn[];
  /** `>` when every key ascends, `<` when every key descends. */
  comparison: '>' | '<';
}

function kindOf(columnType: string): KeyKind | null {
  if (/^(int|integer|int4|smallint|bigint|serial)$/.test(columnType)) return 'integer';
  if (columnType === 'date') return 'day';
  if (/^(text|varchar|character|char)\b/.test(columnType)) return 'text';
  return null;
}

/**
 * The keyset of `sortKeys` over `entity` (alias `t`), or null when pages must be counted: a key is an
 * SQL expression or a column that may be empty, the keys go in different directions, a value is of
 * a type a cursor does not carry, or the last key is not the primary key (which makes the order total).
 */
export function keysetOf(em: EntityManager, entity: EntityClass<object>, sortKeys: SortKey[]): Keyset | null {
  const last = sortKeys.at(-1);
  if (!last || last.column !== 't.id' || sortKeys.some((key) => key.direction !== last.direction)) return null;
  const meta = em.getMetadata().get(entity.name);
  const propertyByColumn = new Map(
    Object.entries(columnMapOf(em, entity)).map(([property, column]) => [column, property]),
  );
  const columns: KeyColumn[] = [];
  for (const { column } of sortKeys) {
    if (typeof column !== 'string' || !column.startsWith('t.')) return null;
    const property = propertyByColumn.get(column.slice(2));
    const prop = property === undefined ? undefined : meta.properties[property];
    const kind = prop && !prop.nullable ? kindOf(String(prop.columnTypes[0] ?? '').toLowerCase()) : null;
    if (!property || !kind) return null;
    columns.push({ column, property, kind });
  }
  return { columns, comparison: last.direction === 'asc' ? '>' : '<' };
}

function holds(kind: KeyKind, value: SortValue): boolean {
  if (kind === 'integer') return Number.isInteger(value) && Math.abs(value as number) <= MAX_INTEGER;
  if (typeof value !== 'string') return false;
  if (kind === 'text') return true;
  try {
    LocalDate.parseValue(value);
    return true;
  } catch {
    return false;
  }
}

/** A row's sort-key values, as its cursor carries them. */
export function keyValuesOf(keyset: Keyset, row: object): SortValue[] {
  return keyset.columns.map(({ property }) => (row as Record<string, SortValue>)[property]);
}

/**
 * Keeps the rows after (in the list's order) the item whose sort-key values `key` are; a cursor whose
 * values do not fit the list's columns is BAD_USER_INPUT on `after`, as any cursor the API did not issue.
 */
export function startAfter(query: Knex.QueryBuilder, keyset: Keyset, key: readonly SortValue[]): void {
  const fits =
    key.length === keyset.columns.length && keyset.columns.every(({ kind }, index) => holds(kind, key[index]));
  if (!fits) throw badUserInput('after', 'is not a cursor of this list.');
  const columns = keyset.columns.map(() => '??').join(', ');
  const values = keyset.columns.map(() => '?').join(', ');
  query.whereRaw(`(${columns}) ${keyset.comparison} (${values})`, [
    ...keyset.columns.map(({ column }) => column),
    ...key,
  ]);
}
