import { AuditEvent } from '../entities/audit-event.entity';
import { fetchRows, selectionOf, sql } from './plain-rows';
import type { Reader } from './reader';

/** The most entries `history` returns: the newest ones. */
export const MAX_HISTORY_ENTRIES = 1_000;

/** Every recorded write to one record, oldest first (the newest 1 000 when there are more). */
export async function listAuditEvents(reader: Reader, entityType: string, entityId: number): Promise<AuditEvent[]> {
  const newest = sql(reader.em)
    .select({ ...selectionOf(reader.em, AuditEvent, 't'), at: reader.em.getKnex().raw(`to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`) })
    .from({ t: 'audit_event' })
    .where({ 't.entity_type': entityType, 't.entity_id': entityId })
    .orderBy([{ column: 't.at', order: 'desc' }, { column: 't.id', order: 'desc' }])
    .limit(MAX_HISTORY_ENTRIES);
  return (await fetchRows<AuditEvent>(reader.em, newest)).reverse();
}
