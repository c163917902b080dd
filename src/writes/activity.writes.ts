import { type ActivityKind, activityRecord } from '../entities/activity.entity';
import type { PersonRole } from '../entities/person-role.enum';
import { recordSpec } from './record-spec';

/** What a write of an activity reads from its input: the editable fields, and the records it names by global id (or code). */
export interface ActivityFields {
  code: string;
  programme?: string | null;
  component?: string | null;
  kind: ActivityKind;
  nameEn: string;
  summary?: string | null;
  provider?: string | null;
  audience?: string | null;
  audienceRoles: PersonRole[];
  creditsEcts?: number | null;
  startOn?: string | null;
  endOn?: string | null;
  source?: string | null;
}

/** Activities: ADMIN, and EDITOR tokens for activities of the programmes their organisations fund or implement. */
export const activitySpec = recordSpec<ActivityFields>(activityRecord, {
  references: {
    programme: { typeName: 'Programme', column: 'programme_id' },
    component: { typeName: 'ProgrammeComponent', column: 'component_id' },
    provider: { typeName: 'Organisation', column: 'provider_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    code: input.code,
    kind: input.kind,
    name_en: input.nameEn,
    summary: input.summary ?? null,
    audience: input.audience ?? null,
    audience_roles: input.audienceRoles,
    credits_ects: input.creditsEcts ?? null,
    start_on: input.startOn ?? null,
    end_on: input.endOn ?? null,
  }),
  consistency: ({ component }, values) =>
    component && component.programmeId !== values.programme_id
      ? [{ path: 'input.component', reason: 'belongs to another programme than `programme`.' }]
      : [],
  editors: {
    actions: ['CREATE', 'UPDATE', 'ARCHIVE'],
    programmeOf: (row) => (row.programme_id as number | null) ?? null,
  },
});
