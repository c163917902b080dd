import { workingGroupRecord } from '../entities/working-group.entity';
import type { PersonRole } from '../entities/person-role.enum';
import { recordSpec } from './record-spec';

/** What a write of a working group reads from its input: the editable fields, and the records it names by global id (or code). */
export interface WorkingGroupFields {
  code: string;
  nameEn: string;
  summary?: string | null;
  organisation: string;
  programme?: string | null;
  memberRoles: PersonRole[];
  source?: string | null;
}

/** Working groups: ADMIN, and EDITOR tokens for groups in the programmes their organisations fund or implement. */
export const workingGroupSpec = recordSpec<WorkingGroupFields>(workingGroupRecord, {
  references: {
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    programme: { typeName: 'Programme', column: 'programme_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    code: input.code,
    name_en: input.nameEn,
    summary: input.summary ?? null,
    member_roles: input.memberRoles,
  }),
  editors: {
    actions: ['CREATE', 'UPDATE', 'ARCHIVE'],
    programmeOf: (row) => (row.programme_id as number | null) ?? null,
  },
});
