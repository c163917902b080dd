import { type OrganisationKind, organisationRecord } from '../entities/organisation.entity';
import { recordSpec } from './record-spec';

/** What a write of an organisation reads from its input: the editable fields, and the records it names by global id (or code). */
export interface OrganisationFields {
  code: string;
  nameEn: string;
  nameLocal?: string | null;
  acronym?: string | null;
  kind: OrganisationKind;
  iatiIdentifier?: string | null;
  country?: string | null;
}

/** Organisations: ADMIN tokens only (an organisation's rights come from it). */
export const organisationSpec = recordSpec<OrganisationFields>(organisationRecord, {
  references: { country: { typeName: 'Country', column: 'country_code' } },
  columns: (input) => ({
    code: input.code,
    name_en: input.nameEn,
    name_local: input.nameLocal ?? null,
    acronym: input.acronym ?? null,
    kind: input.kind,
    iati_identifier: input.iatiIdentifier ?? null,
  }),
});
