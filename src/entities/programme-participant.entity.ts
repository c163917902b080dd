import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';
import { Municipality } from './municipality.entity';
import { Programme, PROGRAMME_PART } from './programme.entity';
import { Source } from './source.entity';
import { recordType } from './record-type';

/** A municipality that takes part in a programme, with the grant it received where known. */
@Entity()
@ObjectType({ description: 'A municipality taking part in a programme, with the grant it received where known.' })
export class ProgrammeParticipant extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Municipality, { deleteRule: 'restrict', mapToPk: true, fieldName: 'municipality_id', index: true })
  municipalityId!: number;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  grantAmount?: string | null;

  @Property({ type: 'character', length: 3, nullable: true })
  grantCurrency?: string | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** ProgrammeParticipant as `src/entities/record-types.ts` lists it. */
export const programmeParticipantRecord = recordType(ProgrammeParticipant, {
  node: undefined,
  naturalKeys: [{ properties: ['programmeId', 'municipalityId'] }],
  readRule: 'underProgramme',
  partOf: PROGRAMME_PART,
});
