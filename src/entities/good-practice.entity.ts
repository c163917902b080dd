import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { Programme } from './programme.entity';
import { Source } from './source.entity';
import { CODE_KEY, recordType } from './record-type';

/** The thematic area of a good practice, as the Norwegian programme's collection sorts them. */
export enum PracticeArea {
  AGE = 'AGE',
  CHILD_CARE = 'CHILD_CARE',
  ETHNICITY = 'ETHNICITY',
  PUBLIC_HEALTH = 'PUBLIC_HEALTH',
  CULTURE = 'CULTURE',
  SCHOOL = 'SCHOOL',
  SOCIAL_CARE = 'SOCIAL_CARE',
  INTERNATIONAL_COOPERATION = 'INTERNATIONAL_COOPERATION',
}
/** The role of local government a good practice concerns. */
export enum LocalGovernmentRole {
  EMPLOYER = 'EMPLOYER',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  URBAN_DEVELOPER = 'URBAN_DEVELOPER',
  POLITICAL_BODY = 'POLITICAL_BODY',
}
registerEnumType(PracticeArea, { name: 'PracticeArea', description: 'The thematic area of a good practice.' });
registerEnumType(LocalGovernmentRole, {
  name: 'LocalGovernmentRole',
  description: 'The role of local government a good practice concerns.',
});

@Entity()
@Index({
  name: 'good_practice_areas_index',
  expression: 'create index "good_practice_areas_index" on "good_practice" using gin ("areas")',
})
@Index({
  name: 'good_practice_roles_index',
  expression: 'create index "good_practice_roles_index" on "good_practice" using gin ("roles")',
})
@ObjectType({ implements: Node, description: 'An example of gender equality work that others can learn from.' })
export class GoodPractice extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Title in English.' })
  titleEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What was done and why it counts as good practice.' })
  summary?: string | null;

  @Enum({ items: () => PracticeArea, array: true, default: [] })
  @Field(() => [PracticeArea], { description: 'Thematic areas.' })
  areas: Opt<PracticeArea[]> = [];

  @Enum({ items: () => LocalGovernmentRole, array: true, default: [] })
  @Field(() => [LocalGovernmentRole], { description: 'Roles of local government concerned.' })
  roles: Opt<LocalGovernmentRole[]> = [];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Who recognised it as good practice, such as the Charter's Observatory.",
  })
  recognisedBy?: string | null;

  @ManyToOne(() => Organisation, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'organisation_id',
    index: true,
  })
  organisationId?: number | null;

  @ManyToOne(() => Municipality, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'municipality_id',
    index: true,
  })
  municipalityId?: number | null;

  @ManyToOne(() => Programme, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'programme_id',
    index: true,
  })
  programmeId?: number | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** GoodPractice as `src/entities/record-types.ts` lists it. */
export const goodPracticeRecord = recordType(GoodPractice, {
  node: { typeName: 'GoodPractice', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'optionallyUnderProgramme',
});
