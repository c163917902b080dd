import type { EntityManager } from '@mikro-orm/postgresql';
import { tableOf } from '../loaders/plain-rows';
import { badFields } from '../schema/errors';
import { withArticle } from '../schema/indefinite-article';
import type { RecordSpec } from './record-spec';

type Row = Record<string, unknown>;

/**
 * Refuses (BAD_USER_INPUT naming the cap) a write that would give the record its `rowCap`
 * reference names (a programme) more live rows of the spec's type than the cap: a create, or an
 * update moving a row to another such record. Runs in the write's transaction and first takes a
 * lock on that record's rows of the type until it ends, then counts in a statement of its own, so
 * of two concurrent writes for the last place the second counts the first and is refused.
 */
export async function assertUnderRowCap(
  tx: EntityManager,
  spec: RecordSpec<never>,
  before: Row | null,
  after: Row,
): Promise<void> {
  const rowCap = spec.rowCap;
  if (!rowCap) return;
  const reference = spec.references[rowCap.field as never];
  if (!reference) throw new Error(`${spec.typeName}: rowCap names ${rowCap.field}, which is not a reference.`);
  const parent = after[reference.column];
  if (parent == null || String(before?.[reference.column] ?? null) === String(parent)) return;
  const table = tableOf(tx, spec.entity);
  await tx.execute('select pg_advisory_xact_lock(hashtext(?), ?::int)', [
    `rows of ${table} per ${reference.column}`,
    parent,
  ]);
  const [{ count }] = await tx.execute<{ count: number }[]>(
    `select count(*)::int as count from "${table}" where "${reference.column}" = ? and archived_at is null`,
    [parent],
  );
  if (count < rowCap.cap) return;
  throw badFields('input', [
    {
      path: `input.${rowCap.field}`,
      reason: `already has ${count} ${rowCap.noun}, the most ${withArticle(reference.typeName)} may have (${rowCap.cap}); archive one to add another.`,
    },
  ]);
}
