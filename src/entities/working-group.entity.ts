import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Organisation } from './organisation.entity';
import { PersonRole } from './person-role.enum';
import { Programme } from './programme.entity';
import { Source } from './source.entity';
import { CODE_KEY, recordType } from './record-type';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A standing group that steers or carries gender equality work, such as the SCTM Gender Working Group.',
})
export class WorkingGroup extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the group is for and what it does.' })
  summary?: string | null;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict', mapToPk: true, fieldName: 'organisation_id', index: true })
  organisationId!: number;

  @ManyToOne(() => Programme, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'programme_id',
    index: true,
  })
  programmeId?: number | null;

  @Enum({ items: () => PersonRole, array: true, default: [] })
  @Field(() => [PersonRole], {
    description: 'The roles its members are drawn from, as the source describes its composition.',
  })
  memberRoles: Opt<PersonRole[]> = [];

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** WorkingGroup as `src/entities/record-types.ts` lists it. */
export const workingGroupRecord = recordType(WorkingGroup, {
  node: { typeName: 'WorkingGroup', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'optionallyUnderProgramme',
});
