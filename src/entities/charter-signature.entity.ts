import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { Municipality } from './municipality.entity';
import { Source } from './source.entity';
import { recordType } from './record-type';

@Entity()
@ObjectType({
  implements: Node,
  description: "A municipality's signature of the European Charter for Equality of Women and Men in Local Life.",
})
export class CharterSignature extends EditableEntity {
  @ManyToOne(() => Municipality, { deleteRule: 'restrict', mapToPk: true, fieldName: 'municipality_id' })
  municipalityId!: number;

  @Property({ type: 'date', nullable: true })
  @Index()
  @Field(() => LocalDate, { nullable: true, description: 'Day of signing (YYYY-MM-DD).' })
  signedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Index()
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Day the Equality Action Plan was adopted (YYYY-MM-DD); null while none is adopted.',
  })
  actionPlanAdoptedOn?: string | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** CharterSignature as `src/entities/record-types.ts` lists it. */
export const charterSignatureRecord = recordType(CharterSignature, {
  node: { typeName: 'CharterSignature', key: 'id' },
  naturalKeys: [
    {
      properties: ['municipalityId'],
      refusal: { field: 'municipality', describe: () => "this municipality's signature (a municipality signs once)" },
    },
  ],
  readRule: 'public',
});
