import { workingGroupMemberRecord } from '../entities/working-group-member.entity';
import type { PersonRole } from '../entities/person-role.enum';
import type { Sex } from '../entities/sex.enum';
import { recordSpec } from './record-spec';

/** What a write of a working group member reads from its input: the editable fields, and the records it names by global id (or code). */
export interface WorkingGroupMemberFields {
  workingGroup: string;
  name: string;
  role: PersonRole;
  sex?: Sex | null;
  organisation?: string | null;
  municipality?: string | null;
}

/** Working group members follow their group: ADMIN, and EDITOR tokens for members of groups in their programmes. */
export const workingGroupMemberSpec = recordSpec<WorkingGroupMemberFields>(workingGroupMemberRecord, {
  references: {
    workingGroup: { typeName: 'WorkingGroup', column: 'working_group_id' },
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    municipality: { typeName: 'Municipality', column: 'municipality_id' },
  },
  columns: (input) => ({ name: input.name, role: input.role, sex: input.sex ?? null }),
  editors: {
    actions: ['CREATE', 'UPDATE', 'ARCHIVE'],
    programmeOf: async (row, loaders) =>
      (await loaders.workingGroupById.load(row.working_group_id as number))?.programmeId ?? null,
  },
});
