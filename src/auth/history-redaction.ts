import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEvent } from '../entities/audit-event.entity';
import type { AuditEventRow, VersionAccess } from '../loaders/audit-events.query';
import type { Loaders } from '../loaders/loaders';
import { columnMapOf, columnOf } from '../loaders/plain-rows';
import { FIELD_RULES } from './field-rules';
import type { Viewer } from './viewer';

type Version = Record<string, unknown>;

/**
 * The audit rows of `record` (of `entity`) as the viewer may read them: what a rule hides of a
 * record, history hides in every version it shows.
 *
 * - A version that the read rules would not let the viewer read, as the record stood then, is null.
 * - A column that names a record the viewer may not read (archived or not) is null.
 * - The columns a field rule guards are null unless the rule lets the viewer read them both on the
 *   record as it stands and on that version; so are the columns it guards in the version's link sets.
 */
export async function redactedHistory(
  viewer: Viewer,
  loaders: Loaders,
  em: EntityManager,
  entity: EntityClass<object>,
  record: object,
  rows: AuditEventRow[],
): Promise<AuditEvent[]> {
  const columns = Object.entries(columnMapOf(em, entity));
  const rules = await Promise.all(
    (FIELD_RULES.get(entity) ?? []).map(async (rule) => ({
      rule,
      guarded: rule.properties.map((property) => columnOf(em, entity, property)),
      readNow: await rule.reads(viewer, loaders, record),
    })),
  );

  const redacted = async (version: Version | null | undefined, access: VersionAccess): Promise<Version | null> => {
    if (version == null || access === null) return null;
    const shown = { ...version };
    for (const [column, reads] of Object.entries(access)) if (!reads) shown[column] = null;
    const stood = Object.fromEntries(columns.map(([property, column]) => [property, version[column]]));
    await Promise.all(
      rules.map(async ({ rule, guarded, readNow }) => {
        const links = Object.entries(rule.linkColumns ?? {}).filter(([set]) => Array.isArray(version[set]));
        const linked = links.some(([set, linkColumns]) =>
          (version[set] as Version[]).some((link) => linkColumns.some((column) => link[column] != null)),
        );
        if (!linked && guarded.every((column) => version[column] == null)) return;
        if (readNow && (await rule.reads(viewer, loaders, stood))) return;
        for (const column of guarded) shown[column] = null;
        for (const [set, linkColumns] of links)
          shown[set] = (version[set] as Version[]).map((link) => ({
            ...link,
            ...Object.fromEntries(linkColumns.map((column) => [column, null])),
          }));
      }),
    );
    return shown;
  };

  return Promise.all(
    rows.map(async ({ beforeAccess, afterAccess, ...event }) => ({
      ...event,
      before: await redacted(event.before, beforeAccess),
      after: await redacted(event.after, afterAccess),
    })),
  );
}
