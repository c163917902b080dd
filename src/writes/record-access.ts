import { takesPartIn } from '../auth/programme-access';
import { Role } from '../entities/role.enum';
import { isAdmin, type Viewer } from '../auth/viewer';
import type { Loaders } from '../loaders/loaders';
import { forbidden, unauthenticated, type FieldProblem } from '../schema/errors';
import { lookUpNode } from '../loaders/node-lookups';
import type { Context } from '../loaders/request-context';
import { changedReferences, type RecordAction, type RecordSpec } from './record-spec';
import { REFERENCE_SCOPES } from './reference-scope';
import { withArticle } from '../schema/indefinite-article';

/** The scope of a reference that grants nothing: every record the caller reads (it named a readable one, or the check before refused it). */
const readableScope = (): Promise<string | null> => Promise.resolve(null);

const VERB: Record<RecordAction, string> = { CREATE: 'create', UPDATE: 'update', ARCHIVE: 'archive' };

/** Refuses anonymous callers and roles that never write `spec`'s records, before anything is read. */
export function assertMayWriteRecords(viewer: Viewer, spec: RecordSpec<never>, action: RecordAction): void {
  const what = `${VERB[action]} ${withArticle(spec.typeName)}`;
  if (viewer.role === null)
    throw unauthenticated(`A token is needed to ${what}: send \`Authorization: Bearer <token>\`.`);
  if (isAdmin(viewer)) return;
  if (viewer.role === Role.EDITOR && spec.editors?.actions.includes(action)) return;
  const editors = spec.editors?.actions.includes(action)
    ? 'ADMIN tokens, and EDITOR tokens in their programmes, may'
    : 'only ADMIN tokens may';
  throw forbidden(`A ${viewer.role} token may not ${what}; ${editors}.`);
}

/** Refuses an EDITOR when a row (before or after the write) lies outside the programmes its organisations fund or implement. */
export async function assertMayWriteRows(
  viewer: Viewer,
  loaders: Loaders,
  spec: RecordSpec<never>,
  action: RecordAction,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (isAdmin(viewer)) return;
  for (const row of rows) {
    const programmeId = await spec.editors!.programmeOf(row, loaders);
    if (programmeId === null || !(await takesPartIn(viewer, loaders, programmeId))) {
      throw forbidden(
        `This EDITOR token may not ${VERB[action]} this ${spec.typeName}: it is outside the programmes its organisations fund or implement.`,
      );
    }
  }
}

/** Whether the caller reads the record of `typeName` whose key (as its column stores it) is `key`. */
async function reads(context: Context, typeName: string, key: unknown): Promise<boolean> {
  return (await lookUpNode(context.loaders, typeName, String(key))) !== null;
}

/**
 * `after` with every reference the caller cannot see left as it is: where the stored record
 * (`before`, columns) names one the caller may not read, the caller reads null there, so null in
 * its input (which replaces every field) keeps the stored reference; only ADMIN clears it.
 */
export async function keepUnreadableReferences(
  context: Context,
  spec: RecordSpec<never>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (isAdmin(context.viewer)) return after;
  const kept = { ...after };
  await Promise.all(
    Object.values(spec.references).map(async (reference) => {
      const stored = before[reference!.column];
      if (stored != null && after[reference!.column] == null && !(await reads(context, reference!.typeName, stored)))
        kept[reference!.column] = stored;
    }),
  );
  return kept;
}

/**
 * Refuses a caller other than ADMIN whose input moves a reference from or to a record outside its
 * scope (`REFERENCE_SCOPES`): the record named now (`before`, the stored columns; null for a
 * create) and the one named after (`after`). FORBIDDEN with `extensions.fields` listing every
 * such field; a reference left as it is stays unchecked. A record named now that the caller may not
 * read is never described: the caller only learns the field is not its to change.
 */
export async function assertMayChangeReferences(
  context: Context,
  spec: RecordSpec<never>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  if (isAdmin(context.viewer)) return;
  const refusals = await Promise.all(
    changedReferences(spec, before, after).map(async ([field, reference]): Promise<FieldProblem | null> => {
      const scope = reference.grantsNothing ? readableScope : REFERENCE_SCOPES[reference.typeName];
      const [was, is] = [before?.[reference.column] ?? null, after[reference.column] ?? null];
      if (was !== null && !(await reads(context, reference.typeName, was)))
        return { path: `input.${field}`, reason: 'may not be changed by this token; an ADMIN token may.' };
      const wasOutside = was === null ? null : await scope(context, was as number | string);
      if (wasOutside)
        return {
          path: `input.${field}`,
          reason: `may not be changed by this token: the ${reference.typeName} it names now ${wasOutside}.`,
        };
      const isOutside = is === null ? null : await scope(context, is as number | string);
      return isOutside
        ? { path: `input.${field}`, reason: `may not name this ${reference.typeName}: it ${isOutside}.` }
        : null;
    }),
  );
  const fields = refusals.filter((refusal) => refusal !== null);
  if (fields.length === 0) return;
  throw forbidden(`Argument "input": ${fields[0].path} ${fields[0].reason} Nothing written.`, {
    argument: 'input',
    fields,
  });
}
