import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditAction } from '../entities/audit-event.entity';
import type { Viewer } from '../auth/viewer';
import { actorOf } from './observation-writers';

/** The columns of an account or token an audit row records: every one but the hash of its password or secret. */
export const AUDITED_COLUMNS = {
  account: `to_jsonb(r) - 'password_hash'`,
  api_token: `to_jsonb(r) - 'secret_hash'`,
} as const;

/**
 * Writes `statement` (which must return the changed row as `r`'s columns) and one audit row of
 * `typeName` with the row before and after, in `tx`'s transaction; returns the row after, or null
 * when the statement changed nothing (and then no audit row is written).
 */
export async function auditedWrite<Row extends { id: number }>(
  tx: EntityManager,
  viewer: Viewer,
  action: AuditAction,
  typeName: 'Account' | 'ApiToken',
  table: keyof typeof AUDITED_COLUMNS,
  statement: string,
  bindings: unknown[],
  id: number | null,
): Promise<Row | null> {
  const [before] =
    id === null
      ? [undefined]
      : await tx.execute<{ snapshot: object }[]>(
          `select ${AUDITED_COLUMNS[table]} as snapshot from ${table} r where id = ? for update`,
          [id],
        );
  const [row] = await tx.execute<Row[]>(statement, bindings);
  if (!row) return null;
  const { actor, tokenId } = actorOf(viewer);
  await tx.execute(
    `insert into audit_event (actor, token_id, action, entity_type, entity_id, before, after)
     select ?, ?, ?, ?, r.id, ?::jsonb, ${AUDITED_COLUMNS[table]} from ${table} r where r.id = ?`,
    [actor, tokenId, action, typeName, before ? JSON.stringify(before.snapshot) : null, row.id],
  );
  return row;
}
