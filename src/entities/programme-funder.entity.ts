import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';
import { Organisation } from './organisation.entity';
import { Programme, PROGRAMME_PART } from './programme.entity';
import { recordType } from './record-type';

/** An organisation that funds a programme, with the amount where it is known. */
@Entity()
@ObjectType({ description: 'An organisation that funds a programme, with the amount where it is known.' })
export class ProgrammeFunder extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict', mapToPk: true, fieldName: 'organisation_id', index: true })
  organisationId!: number;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  amount?: string | null;

  @Property({ type: 'character', length: 3, nullable: true })
  currency?: string | null;
}

/** ProgrammeFunder as `src/entities/record-types.ts` lists it. */
export const programmeFunderRecord = recordType(ProgrammeFunder, {
  node: undefined,
  naturalKeys: [{ properties: ['programmeId', 'organisationId'] }],
  readRule: 'underProgramme',
  partOf: PROGRAMME_PART,
});
