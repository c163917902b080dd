import { Organisation } from '../entities/organisation.entity';
import type { OrganisationInput } from '../resolvers/organisations/organisation.input';
import { CODE_KEY, type RecordSpec } from './record-spec';

/** Organisations: ADMIN tokens only (an organisation's rights come from it). */
export const organisationSpec: RecordSpec<OrganisationInput> = {
  typeName: 'Organisation',
  entity: Organisation,
  references: { country: { typeName: 'Country', column: 'country_code' } },
  columns: (input) => ({ code: input.code, name_en: input.nameEn, name_local: input.nameLocal ?? null, acronym: input.acronym ?? null, kind: input.kind }),
  naturalKeys: [CODE_KEY],
};
