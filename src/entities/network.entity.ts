import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Organisation } from './organisation.entity';
import { Programme } from './programme.entity';
import { Source } from './source.entity';
import { CODE_KEY, recordType } from './record-type';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A network of practitioners and elected representatives, such as the one SCTM formed for local gender equality work.',
})
export class Network extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who takes part and what the network does.' })
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

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** Network as `src/entities/record-types.ts` lists it. */
export const networkRecord = recordType(Network, {
  node: { typeName: 'Network', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'optionallyUnderProgramme',
});
