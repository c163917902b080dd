import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Programme } from './programme.entity';
import { recordType } from './record-type';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A component (module, strand) of a programme, such as "Gender Equality at Local Level".',
})
export class ProgrammeComponent extends EditableEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id', index: true })
  programmeId!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Position of the component in the programme, from 1.' })
  position!: number;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in the original language.' })
  nameLocal?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the component does.' })
  summary?: string | null;
}

/** ProgrammeComponent as `src/entities/record-types.ts` lists it. */
export const programmeComponentRecord = recordType(ProgrammeComponent, {
  node: { typeName: 'ProgrammeComponent', key: 'id' },
  naturalKeys: [
    {
      properties: ['programmeId', 'position'],
      refusal: { field: 'position', describe: (values) => `position ${String(values.position)} in this programme` },
    },
  ],
  readRule: 'underProgramme',
});
