import type { EntityManager } from '@mikro-orm/postgresql';
import { tableOf } from '../loaders/plain-rows';
import type { FieldProblem } from '../schema/errors';
import { changedReferences, type RecordSpec } from './record-spec';
import { withArticle } from '../schema/indefinite-article';

type Row = Record<string, unknown>;

/**
 * The acyclic references (`RecordReference.acyclic`) that an update of record `key` changes (from
 * the stored `before` to `after`) to a record leading back to it, following the same column: the
 * record itself, or one below it. Runs in the update's transaction and first takes a lock on the
 * type's references until it ends, so two concurrent updates cannot close a cycle between them
 * (each would pass alone); the check runs after the lock in a statement of its own, so it sees
 * every such update committed before it.
 */
export async function referenceCycles(
  tx: EntityManager,
  spec: RecordSpec<never>,
  key: number,
  before: Row,
  after: Row,
): Promise<FieldProblem[]> {
  const changed = changedReferences(spec, before, after).filter(
    ([, reference]) => reference.acyclic && after[reference.column] != null,
  );
  if (changed.length === 0) return [];
  const table = tableOf(tx, spec.entity);
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`acyclic references of ${table}`]);
  // `union`, not `union all`: a cycle stored before this check existed ends the walk instead of looping.
  const tests = changed.map(
    ([, reference], index) => `exists(
    with recursive chain(id) as (select ?::int union select t."${reference.column}" from "${table}" t join chain c on t.id = c.id where t."${reference.column}" is not null)
    select 1 from chain where id = ?) as "c${index}"`,
  );
  const [cycles] = await tx.execute<Record<string, boolean>[]>(
    `select ${tests.join(', ')}`,
    changed.flatMap(([, reference]) => [after[reference.column], key]),
  );
  return changed
    .filter((_, index) => cycles[`c${index}`])
    .map(([field, reference]) => ({
      path: `input.${field}`,
      reason:
        after[reference.column] === key
          ? `names this ${spec.typeName} itself.`
          : `names ${withArticle(reference.typeName)} whose own ${field} leads back to this one: that would make a cycle.`,
    }));
}
