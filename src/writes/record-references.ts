import { ReferenceKind, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadRules } from '../auth/read-rules';
import { isEditable } from '../entities/editable.entity';
import { RECORD_PARTS } from '../entities/record-parts';
import { conflict } from '../schema/errors';

/** How many rows of one type still name a record. */
export interface ReferenceCount {
  type: string;
  count: number;
}

interface Referrer {
  type: string;
  entity: EntityClass<object>;
  table: string;
  column: string;
  editable: boolean;
}

const referrersByEntity = new Map<string, Referrer[]>();

/**
 * Every table and column that names a row of `entityName`, from the ORM's many-to-one mappings:
 * link tables included, except those that are part of the record itself (`RECORD_PARTS`).
 */
function referrersOf(em: EntityManager, entityName: string): Referrer[] {
  let referrers = referrersByEntity.get(entityName);
  if (!referrers) {
    referrers = [];
    for (const meta of Object.values(em.getMetadata().getAll())) {
      for (const prop of meta.props) {
        if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.targetMeta?.className !== entityName) continue;
        const part = meta.class && RECORD_PARTS.get(meta.class);
        if (part && part.owner.name === entityName && part.column === prop.fieldNames[0]) continue;
        referrers.push({
          type: meta.className,
          entity: meta.class,
          table: meta.tableName,
          column: prop.fieldNames[0],
          editable: !!meta.class && isEditable(meta.class),
        });
      }
    }
    referrersByEntity.set(entityName, referrers);
  }
  return referrers;
}

/**
 * Refuses with CONFLICT while any row (archived ones left out) still names record `id` of
 * `entityName`, found in one SQL statement. `extensions.references` counts by type only the rows
 * the caller may read (`rules`); of the others `unreadableReferences: true` says only that there
 * are some, so a refusal tells nothing of rows hidden from the caller.
 */
export async function assertUnreferenced(
  em: EntityManager,
  rules: ReadRules,
  entityName: string,
  id: number,
): Promise<void> {
  const referrers = referrersOf(em, entityName);
  if (referrers.length === 0) return;
  const knex = em.getKnex();
  const counts = referrers.map((referrer) => {
    const naming = (alias: string) => {
      const rows = knex.from({ [alias]: referrer.table }).where(`${alias}.${referrer.column}`, id);
      if (referrer.editable) rows.whereNull(`${alias}.archived_at`);
      return rows;
    };
    const readable = naming('rr').count('*');
    rules.restrictIncludingArchived(referrer.entity, readable, 'rr');
    return naming('r').select(
      knex.raw('?::text as type', [referrer.type]),
      knex.raw('count(*)::int as count'),
      knex.raw('(?)::int as readable', [readable]),
    );
  });
  const rows = await em.execute<(ReferenceCount & { readable: number })[]>(
    counts.map((count) => `(${count.toQuery()})`).join(' union all '),
  );
  const byType = new Map<string, number>();
  for (const row of rows) byType.set(row.type, (byType.get(row.type) ?? 0) + row.readable);
  const references: ReferenceCount[] = [...byType]
    .filter(([, count]) => count > 0)
    .map(([type, count]) => ({ type, count }));
  const unreadable = rows.some((row) => row.count > row.readable);
  if (references.length === 0 && !unreadable) return;
  const counted = references.map((reference) => `${reference.count} ${reference.type}`).join(', ');
  const listed = unreadable ? [counted, 'records this token cannot read'].filter(Boolean).join(' and ') : counted;
  throw conflict(`Argument "id": this ${entityName} is still referenced (${listed}); nothing archived.`, {
    argument: 'id',
    references,
    ...(unreadable ? { unreadableReferences: true } : {}),
  });
}
