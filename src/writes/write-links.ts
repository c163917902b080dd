import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin } from '../auth/viewer';
import type { EditableEntity } from '../entities/editable.entity';
import { ProgrammeFunder } from '../entities/programme-funder.entity';
import { ProgrammeImplementer } from '../entities/programme-implementer.entity';
import { asEntityRows } from '../loaders/entity-rows';
import { createLoaders } from '../loaders/loaders';
import { lookUpNode } from '../loaders/node-lookups';
import { tableOf } from '../loaders/plain-rows';
import type { Context } from '../loaders/request-context';
import { badFields, forbidden, type FieldProblem } from '../schema/errors';
import { integerKeyOf } from '../schema/global-id';
import { withArticle } from '../schema/indefinite-article';
import type { LinkReference, LinkSetSpec } from './link-set-spec';
import { actorOf, inTransaction } from './observation-writers';
import { assertMayWriteRecords, assertMayWriteRows } from './record-access';
import { REFERENCE_SCOPES } from './reference-scope';
import { staleVersion, storedRow, writtenSelection } from './write-record';

type Row = Record<string, unknown>;

/** One link as the table stores it: the key of the record it is to (`target`) and its columns. */
interface LinkRow {
  target: string;
  columns: Row;
}

/**
 * Replaces the set of links `spec.field` of record `id` with `items`, when the record is still at
 * `version`: the links no longer named are removed, new ones added, changed ones rewritten, and
 * the record's version raised, with one audit row (an UPDATE of the record, its set before and
 * after under `spec.field`), in one transaction. A set sent unchanged writes nothing. Callers are
 * those that may update the record; other than ADMIN, each link added, removed or changed must
 * name records of the caller's scope (`REFERENCE_SCOPES`), and an EDITOR may not leave a
 * programme it writes out of its rights.
 */
export async function setLinks<Item extends object>(
  context: Context,
  spec: LinkSetSpec<Item>,
  id: string,
  version: number,
  items: Item[],
): Promise<EditableEntity> {
  const { owner } = spec;
  assertMayWriteRecords(context.viewer, owner, 'UPDATE');
  const key = integerKeyOf(id, owner.typeName, 'id');
  const [stored, wanted, current] = await Promise.all([
    storedRow(context, owner, id, key, version),
    resolvedItems(context, spec, items),
    storedLinks(context.em, spec, key),
  ]);
  await assertMayWriteRows(context.viewer, context.loaders, owner, 'UPDATE', [stored]);
  const byTarget = new Map(current.map((link) => [link.target, link]));
  const kept = new Set(wanted.map((link) => link.target));
  const changed = wanted.filter((link) => !sameLink(byTarget.get(link.target), link));
  const removed = current.filter((link) => !kept.has(link.target));
  if (changed.length === 0 && removed.length === 0)
    return (await lookUpNode(context.loaders, owner.typeName, String(key))) as EditableEntity;
  await assertMayChangeLinks(context, spec, wanted, changed, removed, byTarget);

  const { actor, tokenId } = actorOf(context.viewer);
  const table = tableOf(context.em, owner.entity);
  const linkTable = tableOf(context.em, spec.link);
  const links = linksJson(spec, 'l');
  const [written] = await inTransaction(context.em, async (tx) => {
    const [locked] = await tx.execute<Row[]>(
      `select version, archived_at, (select ${links} from "${linkTable}" l where l."${spec.ownerColumn}" = o.id) as links
        from "${table}" o where o.id = ? for no key update`,
      [key],
    );
    if (locked.version !== version || locked.archived_at !== null)
      throw staleVersion(owner, version, locked.version as number, locked.archived_at);
    await tx.execute(...replacement(spec, linkTable, key, wanted));
    if (spec.grantsProgrammeRights && !isAdmin(context.viewer))
      await assertKeepsProgrammeRights(tx, key, context.viewer.organisationIds);
    return asEntityRows<EditableEntity>(
      owner.entity,
      await tx.execute<EditableEntity[]>(
        `with before as (select * from "${table}" where id = ?),
        written as (update "${table}" set version = version + 1, updated_at = now() where id = ? and version = ? returning *),
        audited as (
          insert into audit_event (actor, token_id, action, entity_type, entity_id, before, after)
          select ?, ?, 'UPDATE', ?, w.id, to_jsonb(b) || jsonb_build_object(?::text, ?::jsonb),
            to_jsonb(w) || jsonb_build_object(?::text, (select ${links} from "${linkTable}" l where l."${spec.ownerColumn}" = w.id))
          from written w join before b on b.id = w.id
        )
        select ${writtenSelection(tx, owner)} from written w`,
        [key, key, version, actor, tokenId, owner.typeName, spec.field, JSON.stringify(locked.links), spec.field],
      ),
    );
  });
  context.loaders = createLoaders(context.reader);
  return written;
}

/** The links (alias `alias`) as one JSON array for the audit trail: their columns but keys and timestamps, ordered by the record they are to. */
function linksJson(spec: LinkSetSpec<never>, alias: string): string {
  const hidden = ['id', 'created_at', 'updated_at', spec.ownerColumn].map((column) => ` - '${column}'`).join('');
  return `coalesce(jsonb_agg(to_jsonb(${alias})${hidden} order by ${alias}."${spec.target.column}"), '[]'::jsonb)`;
}

/** The links stored now, read before the write; the write's transaction refuses them unless the record is still at the version checked, which every change of its links raises. */
async function storedLinks(em: EntityManager, spec: LinkSetSpec<never>, key: number): Promise<LinkRow[]> {
  const rows = await em.execute<Row[]>(`select * from "${tableOf(em, spec.link)}" where "${spec.ownerColumn}" = ?`, [
    key,
  ]);
  return rows.map((row) => ({ target: String(row[spec.target.column]), columns: row }));
}

/** Whether the stored link holds the values of the wanted one (amounts compared as numbers). */
function sameLink(stored: LinkRow | undefined, wanted: LinkRow): boolean {
  if (!stored) return false;
  return Object.entries(wanted.columns).every(([column, value]) => {
    const was = stored.columns[column];
    if (value === null || was === null || was === undefined) return value === null && was == null;
    return typeof value === 'number' ? Number(was) === value : String(was) === String(value);
  });
}

/**
 * The links `items` asks for, every record they name resolved: an unknown or archived record, a
 * record named twice and a set over its size are BAD_USER_INPUT listing each field, for example
 * `funders[2].organisation`.
 */
async function resolvedItems<Item extends object>(
  context: Context,
  spec: LinkSetSpec<Item>,
  items: Item[],
): Promise<LinkRow[]> {
  if (items.length > spec.maxItems)
    throw badFields(spec.field, [
      { path: spec.field, reason: `holds ${items.length} links; a set holds at most ${spec.maxItems}.` },
    ]);
  /** The key of the record `reference` names in `item`, or the problem with it. */
  const resolve = async (item: Item, index: number, reference: LinkReference): Promise<unknown> => {
    const named = (item as Record<string, unknown>)[reference.field] as string | null | undefined;
    if (named == null) return null;
    const path = `${spec.field}[${index}].${reference.field}`;
    const shown = JSON.stringify(named.slice(0, 100));
    let referencedKey: string | number = named;
    if (reference.typeName !== 'Country') {
      try {
        referencedKey = integerKeyOf(named, reference.typeName, path);
      } catch {
        return { path, reason: `${shown} is not the id of ${withArticle(reference.typeName)}.` };
      }
    }
    if (await lookUpNode(context.loaders, reference.typeName, String(referencedKey))) return referencedKey;
    return {
      path,
      reason: `no ${reference.typeName} has the ${reference.typeName === 'Country' ? 'code' : 'id'} ${shown}.`,
    };
  };
  const isProblem = (value: unknown): value is FieldProblem => typeof value === 'object' && value !== null;
  // By item, then by field (the target first): the order the input lists them, whatever order the lookups answer in.
  const problems: FieldProblem[][] = items.map(() => []);
  const links = await Promise.all(
    items.map(async (item, index) => {
      const [target, ...others] = await Promise.all(
        [spec.target, ...spec.references].map((reference) => resolve(item, index, reference)),
      );
      problems[index].push(...[target, ...others].filter(isProblem));
      const columns: Row = { [spec.target.column]: isProblem(target) ? null : target, ...spec.columns(item) };
      spec.references.forEach(
        (reference, at) => (columns[reference.column] = isProblem(others[at]) ? null : others[at]),
      );
      return { target: String(target), columns };
    }),
  );
  const first = new Map<string, number>();
  links.forEach((link, index) => {
    if (link.columns[spec.target.column] === null) return;
    const earlier = first.get(link.target);
    if (earlier === undefined) return first.set(link.target, index);
    problems[index].push({
      path: `${spec.field}[${index}].${spec.target.field}`,
      reason: `names the same ${spec.target.typeName} as ${spec.field}[${earlier}]; a set names each once.`,
    });
  });
  if (problems.some((found) => found.length > 0)) throw badFields(spec.field, problems.flat());
  return links;
}

/**
 * Refuses a caller other than ADMIN whose set adds, removes or changes a link to a record outside
 * its scope, or changes a link's other references to or from one: FORBIDDEN with
 * `extensions.fields` listing each (a removed link by the set's name, as it is not in the input).
 */
async function assertMayChangeLinks(
  context: Context,
  spec: LinkSetSpec<never>,
  wanted: LinkRow[],
  changed: LinkRow[],
  removed: LinkRow[],
  stored: Map<string, LinkRow>,
): Promise<void> {
  if (isAdmin(context.viewer)) return;
  const checks: { path: string; reference: LinkReference; key: unknown; removes?: boolean }[] = [];
  for (const link of changed) {
    const path = (reference: LinkReference) => `${spec.field}[${wanted.indexOf(link)}].${reference.field}`;
    const was = stored.get(link.target);
    checks.push({ path: path(spec.target), reference: spec.target, key: link.columns[spec.target.column] });
    for (const reference of spec.references) {
      const [before, after] = [was?.columns[reference.column] ?? null, link.columns[reference.column]];
      if (was && String(before) === String(after)) continue;
      checks.push({ path: path(reference), reference, key: after }, { path: path(reference), reference, key: before });
    }
  }
  for (const link of removed)
    checks.push({ path: spec.field, reference: spec.target, key: link.columns[spec.target.column], removes: true });
  const refusals = await Promise.all(
    checks.map(async ({ path, reference, key, removes }): Promise<FieldProblem | null> => {
      if (key == null) return null;
      const named = removes
        ? `removes the link to ${withArticle(reference.typeName)}`
        : `names ${withArticle(reference.typeName)}`;
      if (!(await lookUpNode(context.loaders, reference.typeName, String(key))))
        return { path, reason: `${named} this token cannot read; an ADMIN token may.` };
      const why = await REFERENCE_SCOPES[reference.typeName](context, key as number | string);
      return why ? { path, reason: `${named} that ${why}.` } : null;
    }),
  );
  const fields = refusals.filter((refusal) => refusal !== null);
  if (fields.length === 0) return;
  throw forbidden(`Argument "${spec.field}": ${fields[0].path} ${fields[0].reason} Nothing written.`, {
    argument: spec.field,
    fields,
  });
}

/** The delete and upsert, in one statement, that leave exactly the `wanted` links of record `key`. */
function replacement(spec: LinkSetSpec<never>, linkTable: string, key: number, wanted: LinkRow[]): [string, unknown[]] {
  const target = `"${spec.target.column}"`;
  const remove = `delete from "${linkTable}" where "${spec.ownerColumn}" = ? and not (${target}::text = any(${arrayOf(wanted, 'text')}))`;
  const removeBindings = [key, ...wanted.map((link) => link.target)];
  if (wanted.length === 0) return [remove, removeBindings];
  const columns = Object.keys(wanted[0].columns);
  const values = columns.filter((column) => column !== spec.target.column);
  const rows = wanted.map(() => `(?, ${columns.map(() => '?').join(', ')})`).join(', ');
  const onConflict =
    values.length === 0
      ? 'do nothing'
      : `do update set ${values.map((column) => `"${column}" = excluded."${column}"`).join(', ')}, updated_at = now()`;
  return [
    `with removed as (${remove})
      insert into "${linkTable}" ("${spec.ownerColumn}", ${columns.map((column) => `"${column}"`).join(', ')}) values ${rows}
      on conflict ("${spec.ownerColumn}", ${target}) ${onConflict}`,
    [...removeBindings, ...wanted.flatMap((link) => [key, ...columns.map((column) => link.columns[column])])],
  ];
}

/** An array of `values.length` placeholders, of SQL type `type`: one binding per value. */
function arrayOf(values: unknown[], type: string): string {
  return `array[${values.map(() => '?').join(', ')}]::${type}[]`;
}

/** Refuses an EDITOR whose write leaves programme `key` funded and implemented by none of its organisations: it would lose the rights it wrote with. */
async function assertKeepsProgrammeRights(tx: EntityManager, key: number, organisationIds: number[]): Promise<void> {
  const [{ keeps }] = await tx.execute<{ keeps: boolean }[]>(
    `select exists(select 1 from "${tableOf(tx, ProgrammeFunder)}" where programme_id = ? and organisation_id = any(${arrayOf(organisationIds, 'int')}))
      or exists(select 1 from "${tableOf(tx, ProgrammeImplementer)}" where programme_id = ? and organisation_id = any(${arrayOf(organisationIds, 'int')})) as keeps`,
    [key, ...organisationIds, key, ...organisationIds],
  );
  if (!keeps)
    throw forbidden(
      'This EDITOR token may not leave the programme without a funder or implementer it acts for: it would lose the rights it writes with; an ADMIN token may.',
    );
}
