import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Framework } from './framework.entity';
import { recordType } from './record-type';

@Entity()
@ObjectType({ implements: Node, description: 'One article, goal or target of a framework.' })
export class FrameworkElement extends EditableEntity {
  // The unique (framework_id, code) index leads with framework_id, so it serves this foreign key too.
  @ManyToOne(() => Framework, { deleteRule: 'restrict', mapToPk: true, fieldName: 'framework_id' })
  frameworkId!: number;

  @Property({ type: 'text' })
  @Field({ description: 'Code within the framework, for example `ARTICLE_1`, `GOAL_5` or `5.2`.' })
  code!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: "Place in the framework's own order, from 1." })
  position!: number;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The element's wording in full, where the source gives more than its name.",
  })
  description?: string | null;

  @ManyToOne(() => FrameworkElement, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'parent_id',
    index: true,
  })
  parentId?: number | null;
}

/** FrameworkElement as `src/entities/record-types.ts` lists it. */
export const frameworkElementRecord = recordType(FrameworkElement, {
  node: { typeName: 'FrameworkElement', key: 'id' },
  naturalKeys: [
    {
      properties: ['frameworkId', 'code'],
      refusal: { field: 'code', describe: (values) => `the code ${String(values.code)} in this framework` },
    },
  ],
  readRule: 'public',
});
