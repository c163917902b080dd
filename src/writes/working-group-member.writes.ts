import { WorkingGroupMember } from '../entities/working-group-member.entity';
import type { WorkingGroupMemberInput } from '../resolvers/working-groups/working-group-member.input';
import type { RecordSpec } from './record-spec';

/** Working group members follow their group: ADMIN, and EDITOR tokens for members of groups in their programmes. */
export const workingGroupMemberSpec: RecordSpec<WorkingGroupMemberInput> = {
  typeName: 'WorkingGroupMember',
  entity: WorkingGroupMember,
  references: {
    workingGroup: { typeName: 'WorkingGroup', column: 'working_group_id' },
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    municipality: { typeName: 'Municipality', column: 'municipality_id' },
  },
  columns: (input) => ({ name: input.name, role: input.role, sex: input.sex ?? null }),
  naturalKeys: [],
  editors: {
    actions: ['CREATE', 'UPDATE', 'ARCHIVE'],
    programmeOf: async (row, loaders) => (await loaders.workingGroupById.load(row.working_group_id as number))?.programmeId ?? null,
  },
};
