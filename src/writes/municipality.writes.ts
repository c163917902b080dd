import { type MunicipalityKind, municipalityRecord } from '../entities/municipality.entity';
import { recordSpec } from './record-spec';

/** What a write of a municipality reads from its input: the editable fields, and the records it names by global id (or code). */
export interface MunicipalityFields {
  country: string;
  code?: string | null;
  nameLocal: string;
  nameEn?: string | null;
  kind: MunicipalityKind;
  parent?: string | null;
  validTo?: string | null;
}

/** Municipalities: ADMIN tokens only. */
export const municipalitySpec = recordSpec<MunicipalityFields>(municipalityRecord, {
  references: {
    country: { typeName: 'Country', column: 'country_code' },
    parent: { typeName: 'Municipality', column: 'parent_id', acyclic: true },
  },
  columns: (input) => ({
    code: input.code ?? null,
    name_local: input.nameLocal,
    name_en: input.nameEn ?? null,
    kind: input.kind,
    valid_to: input.validTo ?? null,
  }),
});
