import { Municipality } from '../entities/municipality.entity';
import type { MunicipalityInput } from '../resolvers/municipalities/municipality.input';
import type { RecordSpec } from './record-spec';

/** Municipalities: ADMIN tokens only. */
export const municipalitySpec: RecordSpec<MunicipalityInput> = {
  typeName: 'Municipality',
  entity: Municipality,
  references: { country: { typeName: 'Country', column: 'country_code' }, parent: { typeName: 'Municipality', column: 'parent_id', acyclic: true } },
  columns: (input) => ({ code: input.code ?? null, name_local: input.nameLocal, name_en: input.nameEn ?? null, kind: input.kind, valid_to: input.validTo ?? null }),
  naturalKeys: [{ columns: ['country_code', 'code'], field: 'code', describe: (values) => `the code ${String(values.code)} in ${String(values.country_code)}` }],
};
