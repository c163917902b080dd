import { WorkingGroup } from '../entities/working-group.entity';
import type { WorkingGroupInput } from '../resolvers/working-groups/working-group.input';
import { CODE_KEY, type RecordSpec } from './record-spec';

/** Working groups: ADMIN, and EDITOR tokens for groups in the programmes their organisations fund or implement. */
export const workingGroupSpec: RecordSpec<WorkingGroupInput> = {
  typeName: 'WorkingGroup',
  entity: WorkingGroup,
  references: {
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    programme: { typeName: 'Programme', column: 'programme_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({ code: input.code, name_en: input.nameEn, summary: input.summary ?? null, member_roles: input.memberRoles }),
  naturalKeys: [CODE_KEY],
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => (row.programme_id as number | null) ?? null },
};
