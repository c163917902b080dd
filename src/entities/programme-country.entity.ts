import { Entity, ManyToOne } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Country } from './country.entity';
import { Programme, PROGRAMME_PART } from './programme.entity';
import { recordType } from './record-type';

/** A country a programme works in. */
@Entity()
export class ProgrammeCountry extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Country, { deleteRule: 'restrict', mapToPk: true, fieldName: 'country_code', index: true })
  countryCode!: string;
}

/** ProgrammeCountry as `src/entities/record-types.ts` lists it. */
export const programmeCountryRecord = recordType(ProgrammeCountry, {
  node: undefined,
  naturalKeys: [{ properties: ['programmeId', 'countryCode'] }],
  readRule: 'underProgramme',
  partOf: PROGRAMME_PART,
});
