import { Activity } from '../entities/activity.entity';
import type { ActivityInput } from '../resolvers/activities/activity.input';
import { CODE_KEY, type RecordSpec } from './record-spec';

/** Activities: ADMIN, and EDITOR tokens for activities of the programmes their organisations fund or implement. */
export const activitySpec: RecordSpec<ActivityInput> = {
  typeName: 'Activity',
  entity: Activity,
  references: {
    programme: { typeName: 'Programme', column: 'programme_id' },
    component: { typeName: 'ProgrammeComponent', column: 'component_id' },
    provider: { typeName: 'Organisation', column: 'provider_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    code: input.code, kind: input.kind, name_en: input.nameEn, summary: input.summary ?? null, audience: input.audience ?? null,
    audience_roles: input.audienceRoles, credits_ects: input.creditsEcts ?? null, start_on: input.startOn ?? null, end_on: input.endOn ?? null,
  }),
  naturalKeys: [CODE_KEY],
  consistency: ({ component }, values) =>
    component && component.programmeId !== values.programme_id ? [{ path: 'input.component', reason: 'belongs to another programme than `programme`.' }] : [],
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => (row.programme_id as number | null) ?? null },
};
