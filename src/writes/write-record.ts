import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EditableEntity } from '../entities/editable.entity';
import { asEntityRows } from '../loaders/entity-rows';
import { createLoaders } from '../loaders/loaders';
import { columnMapOf, columnOf, selectionOf, tableOf } from '../loaders/plain-rows';
import { badFields, conflict, notFound, type FieldProblem } from '../schema/errors';
import { integerKeyOf } from '../schema/global-id';
import { lookUpNode } from '../loaders/node-lookups';
import type { Context } from '../loaders/request-context';
import { actorOf, inTransaction } from './observation-writers';
import {
  assertMayChangeReferences,
  assertMayWriteRecords,
  assertMayWriteRows,
  keepUnreadableReferences,
} from './record-access';
import { assertUnreferenced } from './record-references';
import type { RecordAction, RecordSpec, WrittenNaturalKey } from './record-spec';
import { referenceCycles } from './reference-cycles';
import { assertUnderRowCap } from './row-caps';
import { withArticle } from '../schema/indefinite-article';

type Row = Record<string, unknown>;

/** Creates a record from `input`, with its audit row, in one transaction. */
export async function createRecord<Input extends object>(
  context: Context,
  spec: RecordSpec<Input>,
  input: Input,
): Promise<EditableEntity> {
  assertMayWriteRecords(context.viewer, spec, 'CREATE');
  const values = await checkedColumns(context, spec, input, null);
  await assertMayWriteRows(context.viewer, context.loaders, spec, 'CREATE', [values]);
  await assertMayChangeReferences(context, spec, null, values);
  const names = Object.keys(values);
  const statement = `insert into "${tableOf(context.em, spec.entity)}" (${names.map(quote).join(', ')}) values (${names.map((name) => placeholder(values[name])).join(', ')}) returning *`;
  const [created] = await write(context, spec, 'CREATE', statement, bindingsOf(values), null, (tx) =>
    assertUnderRowCap(tx, spec, null, values),
  );
  return created;
}

/** Replaces the editable columns of record `id` with `input`, when it is still at `version`. */
export async function updateRecord<Input extends object>(
  context: Context,
  spec: RecordSpec<Input>,
  id: string,
  version: number,
  input: Input,
): Promise<EditableEntity> {
  assertMayWriteRecords(context.viewer, spec, 'UPDATE');
  const key = integerKeyOf(id, spec.typeName, 'id');
  const [stored, named] = await Promise.all([
    storedRow(context, spec, id, key, version),
    checkedColumns(context, spec, input, key),
  ]);
  const values = await keepUnreadableReferences(context, spec, stored, named);
  await assertMayWriteRows(context.viewer, context.loaders, spec, 'UPDATE', [stored, { ...values, id: key }]);
  await assertMayChangeReferences(context, spec, stored, values);
  const names = Object.keys(values);
  const statement = `update "${tableOf(context.em, spec.entity)}" set ${names.map((name) => `${quote(name)} = ${placeholder(values[name])}`).join(', ')}, ${BUMP}
    where id = ? and version = ? returning *`;
  return versionedWrite(
    context,
    spec,
    'UPDATE',
    statement,
    [...bindingsOf(values), key, version],
    key,
    version,
    async (tx, locked) => {
      const cycles = await referenceCycles(tx, spec, key, locked, values);
      if (cycles.length > 0) throw badFields('input', cycles);
      await assertUnderRowCap(tx, spec, locked, values);
      const problems = (await spec.storedRows?.(tx, key, values)) ?? [];
      if (problems.length === 0) return;
      throw conflict(`Argument "input": ${problems[0].path}: ${problems[0].reason} Nothing written.`, {
        argument: 'input',
        fields: problems,
      });
    },
  );
}

/**
 * Archives record `id` when it is still at `version` and no live row names it; a record still
 * referenced is refused with CONFLICT listing what references it, never archived with them.
 */
export async function archiveRecord(
  context: Context,
  spec: RecordSpec<never>,
  id: string,
  version: number,
): Promise<EditableEntity> {
  assertMayWriteRecords(context.viewer, spec, 'ARCHIVE');
  const key = integerKeyOf(id, spec.typeName, 'id');
  const stored = await storedRow(context, spec, id, key, version);
  await assertMayWriteRows(context.viewer, context.loaders, spec, 'ARCHIVE', [stored]);
  const statement = `update "${tableOf(context.em, spec.entity)}" set archived_at = now(), ${BUMP} where id = ? and version = ? returning *`;
  return versionedWrite(context, spec, 'ARCHIVE', statement, [key, version], key, version, (tx) =>
    assertUnreferenced(tx, context.reader.rules, spec.typeName, key),
  );
}

const BUMP = 'version = version + 1, updated_at = now()';
/** `archivedAt` as the DateTime scalar takes it: ISO 8601 in UTC. */
const ARCHIVED_AT = `to_char(w.archived_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

function quote(column: string): string {
  return `"${column}"`;
}

/** A column value's placeholder: a list (of enum values) becomes a text array, one binding per item. */
function placeholder(value: unknown): string {
  return Array.isArray(value) ? `array[${value.map(() => '?').join(', ')}]::text[]` : '?';
}

function bindingsOf(values: Row): unknown[] {
  return Object.values(values).flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
}

/**
 * The stored record as columns, if the viewer may read it (archived ones are gone; NOT_FOUND
 * otherwise) and it is at `version` (CONFLICT otherwise): the checks before a write run on it, and
 * the write's transaction refuses it unless the row is still at that version, so they ran on the
 * very row written (the loaders start afresh after each write, so a later write of the same
 * operation never reads a row an earlier one changed).
 */
export async function storedRow(
  context: Context,
  spec: RecordSpec<never>,
  id: string,
  key: number,
  version: number,
): Promise<Row> {
  const row = (await lookUpNode(context.loaders, spec.typeName, String(key))) as Row | null;
  if (!row) throw notFound('id', id);
  if (row.version !== version) throw staleVersion(spec, version, row.version as number, null);
  const columns: Row = {};
  for (const [property, column] of Object.entries(columnMapOf(context.em, spec.entity)))
    if (property in row) columns[column] = row[property];
  return columns;
}

/**
 * An update or archive: its transaction first reads and locks the record's row straight from the
 * database; a stale `version` (or a record archived meanwhile) is CONFLICT with the current
 * version, and nothing changes. `check` runs on the locked row. The lock (`for no key update`, the
 * one the update takes anyway) lets other writes check a foreign key to the row meanwhile.
 */
async function versionedWrite(
  context: Context,
  spec: RecordSpec<never>,
  action: RecordAction,
  statement: string,
  bindings: unknown[],
  key: number,
  version: number,
  check: (tx: EntityManager, locked: Row) => Promise<void>,
): Promise<EditableEntity> {
  const [written] = await write(context, spec, action, statement, bindings, key, async (tx) => {
    const [locked] = await tx.execute<Row[]>(
      `select * from "${tableOf(tx, spec.entity)}" where id = ? for no key update`,
      [key],
    );
    if (locked.version !== version || locked.archived_at !== null)
      throw staleVersion(spec, version, locked.version as number, locked.archived_at);
    await check(tx, locked);
  });
  return written;
}

/** CONFLICT: the record is at `current` (archived at it, when `archivedAt` is set), not at the `version` sent. */
export function staleVersion(spec: RecordSpec<never>, version: number, current: number, archivedAt: unknown): Error {
  const now = archivedAt !== null ? `was archived at version ${current}` : `is at version ${current}`;
  return conflict(`Argument "version": the ${spec.typeName} ${now} now, not ${version}; nothing written.`, {
    argument: 'version',
    currentVersion: current,
  });
}

/**
 * Runs one write statement with its audit row in one transaction and returns the record as the
 * API shows it; `before` reads the snapshot the statement started from. The request's loaders
 * start afresh after it, so what the operation reads next (its later mutations too) sees the write.
 */
async function write(
  context: Context,
  spec: RecordSpec<never>,
  action: RecordAction,
  statement: string,
  bindings: unknown[],
  key: number | null,
  check?: (tx: EntityManager) => Promise<void>,
): Promise<EditableEntity[]> {
  const { actor, tokenId } = actorOf(context.viewer);
  const table = tableOf(context.em, spec.entity);
  const selection = writtenSelection(context.em, spec);
  const sql = `with before as (select * from "${table}" where id = ?),
    written as (${statement}),
    audited as (
      insert into audit_event (actor, token_id, action, entity_type, entity_id, before, after)
      select ?, ?, ?, ?, w.id, to_jsonb(b), to_jsonb(w) from written w left join before b on b.id = w.id
    )
    select ${selection} from written w`;
  try {
    const written = await inTransaction(context.em, async (tx) => {
      await check?.(tx);
      return asEntityRows<EditableEntity>(
        spec.entity,
        await tx.execute<EditableEntity[]>(sql, [key ?? 0, ...bindings, actor, tokenId, action, spec.typeName]),
      );
    });
    context.loaders = createLoaders(context.reader);
    return written;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw uniqueViolation(context.em, spec, error);
    throw error;
  }
}

/** The select list that reads a written row (alias `w`) back as the API shows the record. */
export function writtenSelection(em: EntityManager, spec: RecordSpec<never>): string {
  const columns = { ...selectionOf(em, spec.entity, 'w'), archivedAt: ARCHIVED_AT };
  return Object.entries(columns)
    .map(([property, column]) => `${column} as ${quote(property)}`)
    .join(', ');
}

/** The columns `input` writes, its references resolved; every unknown reference and taken natural key is BAD_USER_INPUT listing each field. */
async function checkedColumns<Input extends object>(
  context: Context,
  spec: RecordSpec<Input>,
  input: Input,
  key: number | null,
): Promise<Row> {
  const problems: FieldProblem[] = [];
  const values: Row = { ...spec.columns(input) };
  const records: Partial<Record<keyof Input & string, Row>> = {};
  const fields = Object.entries(spec.references) as [
    keyof Input & string,
    RecordSpec<Input>['references'][keyof Input & string],
  ][];
  await Promise.all(
    fields.map(async ([field, reference]) => {
      const named = input[field] as unknown as string | null | undefined;
      values[reference!.column] = null;
      if (named == null) return;
      const path = `input.${field}`;
      let referencedKey: string | number = named;
      if (reference!.typeName !== 'Country') {
        try {
          referencedKey = integerKeyOf(named, reference!.typeName, path);
        } catch {
          return problems.push({
            path,
            reason: `${JSON.stringify(named.slice(0, 100))} is not the id of ${withArticle(reference!.typeName)}.`,
          });
        }
      }
      const found = await lookUpNode(context.loaders, reference!.typeName, String(referencedKey));
      if (!found)
        return problems.push({
          path,
          reason: `no ${reference!.typeName} has the ${reference!.typeName === 'Country' ? 'code' : 'id'} ${JSON.stringify(named.slice(0, 100))}.`,
        });
      values[reference!.column] = referencedKey;
      records[field] = found as Row;
    }),
  );
  if (problems.length === 0) problems.push(...((await spec.consistency?.(records, values, context.loaders)) ?? []));
  if (problems.length === 0) problems.push(...(await takenNaturalKeys(context.em, spec, values, key)));
  if (problems.length > 0) throw badFields('input', problems);
  return values;
}

/** A natural key's columns: its properties as the table stores them. */
function keyColumns(em: EntityManager, spec: RecordSpec<never>, natural: WrittenNaturalKey): string[] {
  return natural.properties.map((property) => columnOf(em, spec.entity, property));
}

/**
 * The natural keys another record already has, archived ones and those the caller cannot read
 * included (the unique index holds them all): one statement for all. The refusal is the same
 * whoever holds the key, so it tells no more than that the key cannot be used.
 */
async function takenNaturalKeys(
  em: EntityManager,
  spec: RecordSpec<never>,
  values: Row,
  key: number | null,
): Promise<FieldProblem[]> {
  const keys = spec.naturalKeys
    .map((natural) => ({ natural, columns: keyColumns(em, spec, natural) }))
    .filter(({ columns }) => columns.every((column) => values[column] != null));
  if (keys.length === 0) return [];
  const table = tableOf(em, spec.entity);
  const tests = keys.map(
    ({ columns }, index) =>
      `exists(select 1 from "${table}" where ${columns.map((column) => `${quote(column)} = ?`).join(' and ')} and id <> ?) as "k${index}"`,
  );
  const [taken] = await em.execute<Record<string, boolean>[]>(
    `select ${tests.join(', ')}`,
    keys.flatMap(({ columns }) => [...columns.map((column) => values[column]), key ?? 0]),
  );
  return keys
    .filter((_, index) => taken[`k${index}`])
    .map(({ natural, columns }) => {
      const named = Object.fromEntries(natural.properties.map((property, index) => [property, values[columns[index]]]));
      return { path: `input.${natural.refusal.field}`, reason: `${natural.refusal.describe(named)} is not available.` };
    });
}

/** A unique index refused the write (a concurrent write took the key first): the same error as the check before writing. */
function uniqueViolation(em: EntityManager, spec: RecordSpec<never>, error: UniqueConstraintViolationException): Error {
  const detail = String((error as { detail?: string }).detail ?? '');
  // PostgreSQL's detail starts `Key (columns)=(values)`; anchored, the pattern never rescans the values.
  const columns =
    /^Key \(([^)]+)\)=/
      .exec(detail)?.[1]
      .split(',')
      .map((column) => column.trim().replace(/"/g, '')) ?? [];
  const natural = spec.naturalKeys.find((candidate) => {
    const candidateColumns = keyColumns(em, spec, candidate);
    return candidateColumns.length === columns.length && candidateColumns.every((column) => columns.includes(column));
  });
  if (!natural) return error;
  const { field } = natural.refusal;
  return badFields('input', [
    { path: `input.${field}`, reason: `this ${field} is not available (taken by a concurrent write).` },
  ]);
}
