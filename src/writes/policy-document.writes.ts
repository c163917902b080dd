import { PolicyDocument, PolicyDocumentStatus } from '../entities/policy-document.entity';
import type { PolicyDocumentInput } from '../resolvers/policy-documents/policy-document.input';
import { CODE_KEY, type RecordSpec } from './record-spec';

/** Policy documents: ADMIN tokens only. */
export const policyDocumentSpec: RecordSpec<PolicyDocumentInput> = {
  typeName: 'PolicyDocument',
  entity: PolicyDocument,
  references: {
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    country: { typeName: 'Country', column: 'country_code' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    code: input.code, title_en: input.titleEn, kind: input.kind, status: input.status, summary: input.summary ?? null,
    adopted_by: input.adoptedBy ?? null, adopted_year: input.adoptedYear ?? null,
  }),
  naturalKeys: [CODE_KEY],
  consistency: (_, values) => {
    const thisYear = new Date().getUTCFullYear();
    return values.status === PolicyDocumentStatus.ADOPTED && values.adopted_year != null && (values.adopted_year as number) > thisYear
      ? [{ path: 'input.adoptedYear', reason: `${String(values.adopted_year)} is after ${thisYear}: an ADOPTED document was adopted already; a planned decision is PROPOSED.` }]
      : [];
  },
};
