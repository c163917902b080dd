import { takesPartIn } from '../auth/programme-access';
import { Role } from '../auth/role.enum';
import { isAdmin, type Viewer } from '../auth/viewer';
import type { Loaders } from '../loaders/loaders';
import { forbidden, unauthenticated } from '../schema/errors';
import type { RecordAction, RecordSpec } from './record-spec';

const VERB: Record<RecordAction, string> = { CREATE: 'create', UPDATE: 'update', ARCHIVE: 'archive' };

/** Refuses anonymous callers and roles that never write `spec`'s records, before anything is read. */
export function assertMayWriteRecords(viewer: Viewer, spec: RecordSpec<never>, action: RecordAction): void {
  const what = `${VERB[action]} a ${spec.typeName}`;
  if (viewer.role === null) throw unauthenticated(`A token is needed to ${what}: send \`Authorization: Bearer <token>\`.`);
  if (isAdmin(viewer)) return;
  if (viewer.role === Role.EDITOR && spec.editors?.actions.includes(action)) return;
  const editors = spec.editors?.actions.includes(action) ? 'ADMIN tokens, and EDITOR tokens in their programmes, may' : 'only ADMIN tokens may';
  throw forbidden(`A ${viewer.role} token may not ${what}; ${editors}.`);
}

/** Refuses an EDITOR when a row (before or after the write) lies outside the programmes its organisations fund or implement. */
export async function assertMayWriteRows(viewer: Viewer, loaders: Loaders, spec: RecordSpec<never>, action: RecordAction, rows: Record<string, unknown>[]): Promise<void> {
  if (isAdmin(viewer)) return;
  for (const row of rows) {
    const programmeId = await spec.editors!.programmeOf(row, loaders);
    if (programmeId === null || !(await takesPartIn(viewer, loaders, programmeId))) {
      throw forbidden(`This EDITOR token may not ${VERB[action]} this ${spec.typeName}: it is outside the programmes its organisations fund or implement.`);
    }
  }
}
