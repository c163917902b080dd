import {
  PolicyDocumentStatus,
  type PolicyDocumentKind,
  policyDocumentRecord,
} from '../entities/policy-document.entity';
import { recordSpec } from './record-spec';

/** What a write of a policy document reads from its input: the editable fields, and the records it names by global id (or code). */
export interface PolicyDocumentFields {
  code: string;
  titleEn: string;
  kind: PolicyDocumentKind;
  status: PolicyDocumentStatus;
  summary?: string | null;
  organisation?: string | null;
  country?: string | null;
  adoptedBy?: string | null;
  adoptedYear?: number | null;
  source?: string | null;
}

/** Policy documents: ADMIN tokens only. */
export const policyDocumentSpec = recordSpec<PolicyDocumentFields>(policyDocumentRecord, {
  references: {
    organisation: { typeName: 'Organisation', column: 'organisation_id' },
    country: { typeName: 'Country', column: 'country_code' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    code: input.code,
    title_en: input.titleEn,
    kind: input.kind,
    status: input.status,
    summary: input.summary ?? null,
    adopted_by: input.adoptedBy ?? null,
    adopted_year: input.adoptedYear ?? null,
  }),
  consistency: (_, values) => {
    const thisYear = new Date().getUTCFullYear();
    return values.status === PolicyDocumentStatus.ADOPTED &&
      values.adopted_year != null &&
      (values.adopted_year as number) > thisYear
      ? [
          {
            path: 'input.adoptedYear',
            reason: `${String(values.adopted_year)} is after ${thisYear}: an ADOPTED document was adopted already; a planned decision is PROPOSED.`,
          },
        ]
      : [];
  },
});
