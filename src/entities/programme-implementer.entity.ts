import { Entity, Enum, ManyToOne } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from './base.entity';
import { Organisation } from './organisation.entity';
import { Programme, PROGRAMME_PART } from './programme.entity';
import { recordType } from './record-type';

/** The part an organisation plays in implementing a programme. */
export enum ImplementerRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  TECHNICAL_SUPPORT = 'TECHNICAL_SUPPORT',
}
registerEnumType(ImplementerRole, {
  name: 'ImplementerRole',
  description: 'The part an organisation plays in implementing a programme.',
});

/** An organisation that implements a programme, and in what role. */
@Entity()
@ObjectType({ description: 'An organisation that implements a programme, and in what role.' })
export class ProgrammeImplementer extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict', mapToPk: true, fieldName: 'organisation_id', index: true })
  organisationId!: number;

  @Enum({ items: () => ImplementerRole })
  @Field(() => ImplementerRole, { description: 'The part the organisation plays.' })
  role!: ImplementerRole;
}

/** ProgrammeImplementer as `src/entities/record-types.ts` lists it. */
export const programmeImplementerRecord = recordType(ProgrammeImplementer, {
  node: undefined,
  naturalKeys: [{ properties: ['programmeId', 'organisationId'] }],
  readRule: 'underProgramme',
  partOf: PROGRAMME_PART,
});
