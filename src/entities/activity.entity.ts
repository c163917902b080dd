import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { Organisation } from './organisation.entity';
import { PersonRole } from './person-role.enum';
import { ProgrammeComponent } from './programme-component.entity';
import { Programme } from './programme.entity';
import { Source } from './source.entity';
import { CODE_KEY, recordType } from './record-type';

/** The form a capacity-building activity takes. */
export enum ActivityKind {
  TRAINING_COURSE = 'TRAINING_COURSE',
  UNIVERSITY_COURSE = 'UNIVERSITY_COURSE',
  STUDY_VISIT = 'STUDY_VISIT',
  COACHING = 'COACHING',
  SEMINAR = 'SEMINAR',
  LEARNING_FORUM = 'LEARNING_FORUM',
  CONFERENCE = 'CONFERENCE',
  ROUND_TABLE = 'ROUND_TABLE',
  TOOLKIT = 'TOOLKIT',
}
registerEnumType(ActivityKind, { name: 'ActivityKind', description: 'The form a capacity-building activity takes.' });

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A capacity-building activity: a training course, university course, study visit, coaching, seminar or conference.',
})
export class Activity extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key.' })
  code!: string;

  @ManyToOne(() => Programme, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'programme_id',
    index: true,
  })
  programmeId?: number | null;

  @ManyToOne(() => ProgrammeComponent, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'component_id',
    index: true,
  })
  componentId?: number | null;

  @Enum({ items: () => ActivityKind })
  @Index()
  @Field(() => ActivityKind, { description: 'The form the activity takes.' })
  kind!: ActivityKind;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the activity is, as the source describes it.' })
  summary?: string | null;

  @ManyToOne(() => Organisation, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'provider_id',
    index: true,
  })
  providerId?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who the activity is for, in words.' })
  audience?: string | null;

  @Enum({ items: () => PersonRole, array: true, default: [] })
  @Field(() => [PersonRole], { description: 'The roles of the people it is for.' })
  audienceRoles: Opt<PersonRole[]> = [];

  @Property({ type: 'decimal', precision: 6, scale: 1, nullable: true })
  @Field(() => Float, { nullable: true, description: 'Academic credits (ECTS) for a university course.' })
  creditsEcts?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  startOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'Last day (YYYY-MM-DD).' })
  endOn?: string | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** Activity as `src/entities/record-types.ts` lists it. */
export const activityRecord = recordType(Activity, {
  node: { typeName: 'Activity', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'optionallyUnderProgramme',
});
