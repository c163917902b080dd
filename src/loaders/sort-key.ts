import type { Knex } from '@mikro-orm/postgresql';

/** One sort key of a list: a column of alias `t` (the listed entity), or an SQL expression over it, and its direction. */
export interface SortKey {
  column: string | Knex.Raw;
  direction: 'asc' | 'desc';
}
