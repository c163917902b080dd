import { Entity, ManyToOne } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Initiative } from './initiative.entity';
import { Municipality } from './municipality.entity';
import { recordType } from './record-type';

/** A municipality that takes part in an initiative. */
@Entity()
export class InitiativeMunicipality extends BaseEntity {
  @ManyToOne(() => Initiative, { deleteRule: 'restrict', mapToPk: true, fieldName: 'initiative_id' })
  initiativeId!: number;

  @ManyToOne(() => Municipality, { deleteRule: 'restrict', mapToPk: true, fieldName: 'municipality_id', index: true })
  municipalityId!: number;
}

/** InitiativeMunicipality as `src/entities/record-types.ts` lists it. */
export const initiativeMunicipalityRecord = recordType(InitiativeMunicipality, {
  node: undefined,
  naturalKeys: [{ properties: ['initiativeId', 'municipalityId'] }],
  readRule: { within: Initiative, table: 'initiative', column: 'initiative_id' },
  partOf: { owner: Initiative, table: 'initiative', column: 'initiative_id' },
});
