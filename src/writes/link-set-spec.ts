import type { EntityClass } from '@mikro-orm/core';
import type { RecordSpec } from './record-spec';
import type { ReferencedType } from './reference-scope';

/** A field of a link that names another record: by global id, or (for a Country) by its code. */
export interface LinkReference {
  /** The field of the item (and of the link as the API reads it), for example `organisation`. */
  field: string;
  typeName: ReferencedType;
  /** The link table's column that stores the key. */
  column: string;
}

/**
 * One set of links that is part of a record (`RECORD_PARTS`): a programme's funders, an
 * initiative's themes. A write replaces the whole set, checked like an update of the record it
 * belongs to (the same roles, its version, one audit row that shows the set before and after).
 */
export interface LinkSetSpec<Item> {
  /** The argument that carries the set, and the key the audit row keeps it under, for example `funders`. */
  field: string;
  /** The record the links belong to: its type, its table and who may update it. */
  owner: RecordSpec<never>;
  /** The link table's entity. */
  link: EntityClass<object>;
  /** The link table's column naming the owner. */
  ownerColumn: string;
  /** The record a link is to: no two links of a set name the same one. */
  target: LinkReference;
  /** Other records an item names (a participant's source). */
  references: LinkReference[];
  /** The item's other columns, for example a funding's amount and currency. */
  columns: (item: Item) => Record<string, unknown>;
  /** The most links a set holds. */
  maxItems: number;
  /** Whether the organisations a link names are the programme's, which gives them its EDITOR rights: an EDITOR may not write itself out of them. */
  grantsProgrammeRights?: boolean;
}
