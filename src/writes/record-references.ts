import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isEditable } from '../entities/editable.entity';
import { RECORD_PARTS } from '../entities/record-parts';

/** How many rows of one type still name a record. */
export interface ReferenceCount {
  type: string;
  count: number;
}

interface Referrer {
  type: string;
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
        referrers.push({ type: meta.className, table: meta.tableName, column: prop.fieldNames[0], editable: !!meta.class && isEditable(meta.class) });
      }
    }
    referrersByEntity.set(entityName, referrers);
  }
  return referrers;
}

/** The rows (archived ones left out) that still name record `id` of `entityName`, by type: one SQL statement for all. */
export async function countReferences(em: EntityManager, entityName: string, id: number): Promise<ReferenceCount[]> {
  const referrers = referrersOf(em, entityName);
  if (referrers.length === 0) return [];
  const counts = referrers.map((referrer) => {
    const live = referrer.editable ? ' and archived_at is null' : '';
    return `select ?::text as type, count(*)::int as count from "${referrer.table}" where "${referrer.column}" = ?${live}`;
  });
  const rows = await em.execute<ReferenceCount[]>(counts.join(' union all '), referrers.flatMap((referrer) => [referrer.type, id]));
  const byType = new Map<string, number>();
  for (const row of rows) byType.set(row.type, (byType.get(row.type) ?? 0) + row.count);
  return [...byType].filter(([, count]) => count > 0).map(([type, count]) => ({ type, count }));
}
