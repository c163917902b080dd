import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EditableEntity } from '../entities/editable.entity';
import type { KeyRefusal, NodeDescription } from '../entities/record-type';
import type { Loaders } from '../loaders/loaders';
import type { ReferencedType } from './reference-scope';

/** A write to a record: what the audit trail calls it. */
export type RecordAction = 'CREATE' | 'UPDATE' | 'ARCHIVE';

/**
 * An input field that names another record: by global id, or (for a Country) by its code. A
 * caller other than ADMIN changes it only between records of its scope (`REFERENCE_SCOPES`).
 */
export interface RecordReference {
  /** The GraphQL type of the record named. */
  typeName: ReferencedType;
  /** The column that stores its key. */
  column: string;
  /** A reference to a record of the same type that may never lead back to the record itself (a tree or a chain): a cycle is BAD_USER_INPUT. */
  acyclic?: boolean;
  /**
   * Naming the record grants nothing (no read rule follows this column) and the spec's
   * `consistency` binds it to the row's programme, so a caller other than ADMIN may name any
   * record it reads here, not only those of the type's scope.
   */
  grantsNothing?: boolean;
}

/** A natural key of a record the API writes: its properties, and how a write that would take it is refused. */
export interface WrittenNaturalKey {
  properties: readonly string[];
  refusal: KeyRefusal;
}

/** A record type the API writes: a Node record, versioned and archivable, whose natural keys say how a taken one is refused. */
export interface WritableRecordType {
  entity: EntityClass<EditableEntity>;
  node: NodeDescription;
  naturalKeys: readonly WrittenNaturalKey[];
}

/**
 * Everything the generic write path needs to create, update and archive one record type. An
 * input replaces every editable column; references and natural keys are checked before writing.
 */
export interface RecordSpec<Input> {
  /** The GraphQL type, which is also the entity's name (these three from the record type, `recordSpec`). */
  typeName: string;
  entity: EntityClass<EditableEntity>;
  /** Refused with BAD_USER_INPUT when another record holds them. */
  naturalKeys: readonly WrittenNaturalKey[];
  /** Input fields that name other records, by field name. */
  references: Partial<Record<keyof Input & string, RecordReference>>;
  /** The columns the input writes, references excluded (the path adds their keys). */
  columns: (input: Input) => Record<string, unknown>;
  /** Problems between the input's references (the records named, by field, as the API reads them), for example a component of another programme; read through the caller's loaders where it needs more. */
  consistency?: (
    referenced: Partial<Record<keyof Input & string, Record<string, unknown>>>,
    values: Record<string, unknown>,
    loaders: Loaders,
  ) => { path: string; reason: string }[] | Promise<{ path: string; reason: string }[]>;
  /**
   * Where EDITOR tokens may write too: the actions, and the programme a row (in columns) belongs
   * to, read through the viewer's loaders where the row names it only through another record; an
   * EDITOR writes when its organisations fund or implement that programme, before and after the
   * write. Absent: ADMIN only.
   */
  editors?: {
    actions: RecordAction[];
    programmeOf: (row: Record<string, unknown>, loaders: Loaders) => number | null | Promise<number | null>;
  };
  /**
   * At most `cap` live (not archived) rows may name the same record through reference `field`: a
   * create, or an update moving a row, past it is BAD_USER_INPUT naming the cap (`row-caps.ts`).
   * `noun` names the rows in the refusal, plural.
   */
  rowCap?: { field: keyof Input & string; cap: number; noun: string };
  /**
   * What an update (in columns) would break for the rows stored under record `key`, by input
   * field; run in the update's transaction, which it may lock against. Any problem is CONFLICT.
   */
  storedRows?: (
    tx: EntityManager,
    key: number,
    values: Record<string, unknown>,
  ) => Promise<{ path: string; reason: string }[]>;
}

/** The references (by input field) whose key `after` changes from `before`, both as columns; a create (`before` null) changes every one it names. */
export function changedReferences<Input>(
  spec: RecordSpec<Input>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): [string, RecordReference][] {
  return (Object.entries(spec.references) as [string, RecordReference][]).filter(
    ([, reference]) => String(before?.[reference.column] ?? null) !== String(after[reference.column] ?? null),
  );
}

/** The write spec of `record`: its GraphQL type, entity and natural keys come from the record type, the rest from `spec`. */
export function recordSpec<Input>(
  record: WritableRecordType,
  spec: Omit<RecordSpec<Input>, 'typeName' | 'entity' | 'naturalKeys'>,
): RecordSpec<Input> {
  return { typeName: record.node.typeName, entity: record.entity, naturalKeys: record.naturalKeys, ...spec };
}
