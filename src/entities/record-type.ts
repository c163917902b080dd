import { Unique, type EntityClass, type IndexCallback } from '@mikro-orm/core';

/** How a write that would take a natural key another row holds is refused. */
export interface KeyRefusal {
  /** The input field to blame. */
  field: string;
  /** Names the value (by property), for example `the code HAJ`, in the refusal `the code HAJ is not available.` */
  describe: (values: Readonly<Record<string, unknown>>) => string;
}

/**
 * Properties whose values no two rows of `T` share: a unique index the database holds, which
 * `recordType` declares to the ORM (so the migrations create it; no `@Unique` on the entity).
 */
export interface NaturalKey<T> {
  /** The entity properties, in the order of the unique index. */
  properties: readonly (keyof T & string)[];
  /**
   * For a key with columns that may be null (an observation's scope columns): two rows with nulls
   * in the same columns clash too (`nulls not distinct`), under this index name.
   */
  nullsNotDistinct?: { indexName: string };
  /** For the records the API writes. */
  refusal?: KeyRefusal;
}

/** The natural key most records have: their `code`, unique on its own. */
export const CODE_KEY = {
  properties: ['code'] as const,
  refusal: { field: 'code', describe: (values) => `the code ${String(values.code)}` },
} satisfies NaturalKey<{ code: string }>;

/**
 * Which rows of a table a viewer other than ADMIN reads (archived records aside, which nobody reads):
 *
 * - `public`: all of them.
 * - `programme`: programmes, by the programme rule (published, or funded or implemented by the viewer's organisations).
 * - `underProgramme`: rows of a programme (`programme_id`), exactly when it is readable.
 * - `optionallyUnderProgramme`: rows that may belong to a programme: when they do not, or when it is readable.
 * - `observation`: observations, by the observation rule (approved, or the viewer's to review or report).
 * - `within`: rows of another record (their `column` names a row of `owner`, table `table`), exactly when it is readable.
 */
export type ReadRule =
  | 'public'
  | 'programme'
  | 'underProgramme'
  | 'optionallyUnderProgramme'
  | 'observation'
  | { within: EntityClass<object>; table: string; column: string };

/**
 * The record a link row is part of: the row only attaches things to it (a programme's funders,
 * countries, ...). Parts never stop their record from being archived, stay in place when it is,
 * and are read only while it is live. Seen from the other side they are references like any
 * other: an organisation that funds a programme cannot be archived.
 */
export interface RecordPart {
  owner: EntityClass<object>;
  /** The owner's table. */
  table: string;
  /** The part's column that names the owner. */
  column: string;
}

/** How `node(id:)` finds a row of a type that implements `Node`: the GraphQL type, and the property its global id holds. */
export interface NodeDescription<Name extends string = string> {
  /** The GraphQL type, which is the entity class's name too. */
  typeName: Name;
  /** `id` (an integer) for every record but a country, which its code names. */
  key: 'id' | 'code';
}

/**
 * One table the API reads, described once: its entity, the GraphQL Node type it answers as, its
 * natural keys, who reads its rows, and the record it is part of. The loaders by id and by
 * natural key, `node(id:)`, the read rules, the writes' natural-key checks and the seed all
 * follow from this description; `src/entities/record-types.ts` lists every one.
 */
export interface RecordType<
  T extends object = object,
  Node extends NodeDescription | undefined = NodeDescription | undefined,
> {
  entity: EntityClass<T>;
  /** Absent for rows that are no Node (link rows). */
  node: Node;
  /** Every unique key but the primary key; a key of one property also gets a loader (`programmeByCode`). */
  naturalKeys: readonly NaturalKey<T>[];
  readRule: ReadRule;
  partOf?: RecordPart;
}

/** The ORM's unique index for a natural key: `<table>_<columns>_unique`, or the named `nulls not distinct` index. */
function uniqueIndex<T>(key: NaturalKey<T>): { name?: string; properties: string[]; expression?: IndexCallback<T> } {
  const properties = [...key.properties];
  if (!key.nullsNotDistinct) return { properties };
  return {
    name: key.nullsNotDistinct.indexName,
    properties,
    expression: (table, columns, name) =>
      `create unique index "${name}" on "${table.name}" (${properties.map((property) => `"${columns[property]}"`).join(', ')}) nulls not distinct`,
  };
}

/**
 * Describes one record type; the `const` parameter keeps its literal names, from which the
 * loaders' names follow. Declares each natural key to the ORM as a unique index (what `@Unique`
 * on the entity would), so a key is written once, here.
 */
export function recordType<T extends object, const D extends Omit<RecordType<T>, 'entity'>>(
  entity: EntityClass<T>,
  description: D,
): D & Pick<RecordType<T>, 'entity' | 'partOf'> {
  if (description.node && description.node.typeName !== entity.name)
    throw new Error(`Record type ${description.node.typeName} describes entity ${entity.name}: the names must agree.`);
  for (const key of description.naturalKeys) Unique(uniqueIndex(key) as never)(entity);
  return { ...description, entity };
}
