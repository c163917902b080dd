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
  successor?: string | null;
  validTo?: string | null;
}

/**
 * Municipalities: ADMIN tokens only. Neither its parent nor its successor (the unit it merged
 * into) leads back to a municipality, and a successor lies in the same country.
 */
export const municipalitySpec = recordSpec<MunicipalityFields>(municipalityRecord, {
  references: {
    country: { typeName: 'Country', column: 'country_code' },
    parent: { typeName: 'Municipality', column: 'parent_id', acyclic: true },
    successor: { typeName: 'Municipality', column: 'successor_id', acyclic: true },
  },
  columns: (input) => ({
    code: input.code ?? null,
    name_local: input.nameLocal,
    name_en: input.nameEn ?? null,
    kind: input.kind,
    valid_to: input.validTo ?? null,
  }),
  consistency: (referenced, values) =>
    referenced.successor && referenced.successor.countryCode !== values.country_code
      ? [{ path: 'input.successor', reason: 'names a municipality of another country.' }]
      : [],
});
