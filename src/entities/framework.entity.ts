import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Source } from './source.entity';
import { CODE_KEY, recordType } from './record-type';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A set of commitments or goals that indicators can be mapped to, such as the European Charter for Equality of Women and Men in Local Life or SDG 5.',
})
export class Framework extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key, for example `SDG_5`.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the framework is and how its elements are numbered.' })
  description?: string | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** Framework as `src/entities/record-types.ts` lists it. */
export const frameworkRecord = recordType(Framework, {
  node: { typeName: 'Framework', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'public',
});
