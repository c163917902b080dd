import { GoodPractice } from '../entities/good-practice.entity';
import type { GoodPracticeInput } from '../resolvers/good-practices/good-practice.input';
import { CODE_KEY, type RecordSpec } from './record-spec';

/** Good practices: ADMIN tokens only. */
export const goodPracticeSpec: RecordSpec<GoodPracticeInput> = {
  typeName: 'GoodPractice',
  entity: GoodPractice,
  references: {
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    municipality: { typeName: 'Municipality', column: 'municipality_id' },
    programme: { typeName: 'Programme', column: 'programme_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    code: input.code, title_en: input.titleEn, summary: input.summary ?? null, areas: input.areas, roles: input.roles, recognised_by: input.recognisedBy ?? null,
  }),
  naturalKeys: [CODE_KEY],
};
