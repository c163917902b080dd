import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { AuditEvent } from '../entities/audit-event.entity';
import { fetchRows, referencesOf, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** The most entries `history` returns: the newest ones. */
export const MAX_HISTORY_ENTRIES = 1_000;

/**
 * What the viewer reads of one version (`before` or `after`) of a record, by the read rules: null
 * when the record as it stood then is outside them (an unpublished programme, for one); otherwise,
 * for each column that names a record of a type the viewer reads only some of, whether it reads
 * the record named (archived or not).
 */
export type VersionAccess = Record<string, boolean> | null;

/** An audit row with what the viewer reads of its two versions. */
export interface AuditEventRow extends AuditEvent {
  beforeAccess: VersionAccess;
  afterAccess: VersionAccess;
}

/**
 * Every recorded write to record `entityId` of `entity`, oldest first (the newest 1 000 when there
 * are more), with what the viewer reads of each version: one statement, whatever the number of
 * versions and references.
 */
export async function listAuditEvents(
  reader: Reader,
  entity: EntityClass<object>,
  entityId: number,
): Promise<AuditEventRow[]> {
  const knex = sql(reader.em);
  const newest = knex
    .select({
      ...selectionOf(reader.em, AuditEvent, 't'),
      at: knex.raw(`to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
      beforeAccess: knex.raw('?', [versionAccess(reader, entity, 'before')]),
      afterAccess: knex.raw('?', [versionAccess(reader, entity, 'after')]),
    })
    .from({ t: 'audit_event' })
    .where({ 't.entity_type': entity.name, 't.entity_id': entityId })
    .orderBy([
      { column: 't.at', order: 'desc' },
      { column: 't.id', order: 'desc' },
    ])
    .limit(MAX_HISTORY_ENTRIES);
  return (await fetchRows<AuditEventRow>(reader.em, newest)).reverse();
}

/** The `VersionAccess` of the audit row `t`'s version `side`: the version read back as a row of the record's table, under the viewer's rules. */
function versionAccess(reader: Reader, entity: EntityClass<object>, side: 'before' | 'after'): Knex.QueryBuilder {
  const knex = sql(reader.em);
  const version = knex
    .queryBuilder()
    .from(knex.raw('jsonb_populate_record(null::??, t.??) as snapshot', [tableOf(reader.em, entity), side]));
  reader.rules.restrictIncludingArchived(entity, version, 'snapshot');
  const checks = referencesOf(reader.em, entity)
    .filter((reference) => reader.rules.restricts(reference.target))
    .map((reference) => {
      const named = knex
        .select(knex.raw('1'))
        .from({ named: tableOf(reader.em, reference.target) })
        .whereRaw('named.?? = snapshot.??', [reference.targetColumn, reference.column]);
      reader.rules.restrictIncludingArchived(reference.target, named, 'named');
      return [reference.column, named];
    });
  return version.select(
    knex.raw(`jsonb_build_object(${checks.map(() => '?::text, exists(?)').join(', ')})`, checks.flat()),
  );
}
