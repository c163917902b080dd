import { Entity, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Initiative } from './initiative.entity';
import { Municipality } from './municipality.entity';

/** A municipality that takes part in an initiative. */
@Entity()
@Unique({ properties: ['initiativeId', 'municipalityId'] })
export class InitiativeMunicipality extends BaseEntity {
  @ManyToOne(() => Initiative, { deleteRule: 'restrict', mapToPk: true, fieldName: 'initiative_id' })
  initiativeId!: number;

  @ManyToOne(() => Municipality, { deleteRule: 'restrict', mapToPk: true, fieldName: 'municipality_id', index: true })
  municipalityId!: number;
}
