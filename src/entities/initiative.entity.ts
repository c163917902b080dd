import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { ProgrammeComponent } from './programme-component.entity';
import { Programme } from './programme.entity';
import { CODE_KEY, recordType } from './record-type';

/** Where an initiative stands. */
export enum InitiativeStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus', description: 'Where an initiative stands.' });

@Entity()
@ObjectType({
  implements: Node,
  description: 'A funded project inside a programme, led by an organisation or a municipality.',
})
export class Initiative extends EditableEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id', index: true })
  programmeId!: number;

  @ManyToOne(() => ProgrammeComponent, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'component_id',
    index: true,
  })
  componentId?: number | null;

  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key.' })
  code!: string;

  @Property({ type: 'text' })
  @Index()
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in the original language.' })
  nameLocal?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the initiative does.' })
  summary?: string | null;

  @ManyToOne(() => Organisation, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'lead_organisation_id',
    index: true,
  })
  leadOrganisationId?: number | null;

  @ManyToOne(() => Municipality, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'lead_municipality_id',
    index: true,
  })
  leadMunicipalityId?: number | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  startOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'Last day (YYYY-MM-DD).' })
  endOn?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  grantAmount?: string | null;

  @Property({ type: 'character', length: 3, nullable: true })
  grantCurrency?: string | null;

  @Enum({ items: () => InitiativeStatus, nullable: true })
  @Index()
  @Field(() => InitiativeStatus, { nullable: true, description: 'Where the initiative stands, when known.' })
  status?: InitiativeStatus | null;
}

/** Initiative as `src/entities/record-types.ts` lists it. */
export const initiativeRecord = recordType(Initiative, {
  node: { typeName: 'Initiative', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'underProgramme',
});
