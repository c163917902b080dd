import { Municipality, type MunicipalityKind } from '../entities/municipality.entity';
import type { RecordSpec } from './record-spec';

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
export const municipalitySpec: RecordSpec<MunicipalityFields> = {
  typeName: 'Municipality',
  entity: Municipality,
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
  naturalKeys: [
    {
      columns: ['country_code', 'code'],
      field: 'code',
      describe: (values) => `the code ${String(values.code)} in ${String(values.country_code)}`,
    },
  ],
};
