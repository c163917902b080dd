import { type LocalGovernmentRole, type PracticeArea, goodPracticeRecord } from '../entities/good-practice.entity';
import { recordSpec } from './record-spec';

/** What a write of a good practice reads from its input: the editable fields, and the records it names by global id (or code). */
export interface GoodPracticeFields {
  code: string;
  titleEn: string;
  summary?: string | null;
  areas: PracticeArea[];
  roles: LocalGovernmentRole[];
  recognisedBy?: string | null;
  organisation?: string | null;
  municipality?: string | null;
  programme?: string | null;
  source?: string | null;
}

/** Good practices: ADMIN tokens only. */
export const goodPracticeSpec = recordSpec<GoodPracticeFields>(goodPracticeRecord, {
  references: {
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    municipality: { typeName: 'Municipality', column: 'municipality_id' },
    programme: { typeName: 'Programme', column: 'programme_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    code: input.code,
    title_en: input.titleEn,
    summary: input.summary ?? null,
    areas: input.areas,
    roles: input.roles,
    recognised_by: input.recognisedBy ?? null,
  }),
});
