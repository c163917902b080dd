import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { PersonRole } from './person-role.enum';
import { Sex } from './sex.enum';
import { WorkingGroup } from './working-group.entity';
import { recordType } from './record-type';

@Entity()
@ObjectType({ implements: Node, description: 'A person who sits in a working group.' })
export class WorkingGroupMember extends EditableEntity {
  @ManyToOne(() => WorkingGroup, { deleteRule: 'restrict', mapToPk: true, fieldName: 'working_group_id', index: true })
  workingGroupId!: number;

  /** Personal data: the GraphQL field is resolved with an access check. */
  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => PersonRole })
  @Field(() => PersonRole, { description: 'The role the member has in the group.' })
  role!: PersonRole;

  @Enum({ items: () => Sex, nullable: true })
  @Field(() => Sex, { nullable: true, description: 'Sex of the member, when recorded.' })
  sex?: Sex | null;

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
}

/** WorkingGroupMember as `src/entities/record-types.ts` lists it. */
export const workingGroupMemberRecord = recordType(WorkingGroupMember, {
  node: { typeName: 'WorkingGroupMember', key: 'id' },
  naturalKeys: [],
  readRule: { within: WorkingGroup, table: 'working_group', column: 'working_group_id' },
});
