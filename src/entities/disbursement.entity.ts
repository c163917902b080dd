import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { Organisation } from './organisation.entity';
import { Programme } from './programme.entity';
import { recordType } from './record-type';
import { Source } from './source.entity';

/**
 * The most disbursements (not archived) one programme may hold: a create past it is refused, and
 * `Programme.disbursements`, an unpaged list, is priced as at most this many.
 */
export const MAX_DISBURSEMENTS_PER_PROGRAMME = 2_000;

@Entity()
@ObjectType({
  implements: Node,
  description:
    'Money paid out to a programme on one day by one of its funders, as a source states it (an IATI `transaction` of type 3, Disbursement).',
})
export class Disbursement extends EditableEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id', index: true })
  programmeId!: number;

  @Property({ type: 'date' })
  @Field(() => LocalDate, { description: 'The day the money was paid out (YYYY-MM-DD).' })
  disbursedOn!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Property({ type: 'character', length: 3 })
  currency!: string;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict', mapToPk: true, fieldName: 'provider_id', index: true })
  providerId!: number;

  @ManyToOne(() => Organisation, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'receiver_id',
    index: true,
  })
  receiverId?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the money was for, in words.' })
  description?: string | null;

  @ManyToOne(() => Source, { deleteRule: 'restrict', mapToPk: true, fieldName: 'source_id', index: true })
  sourceId!: number;
}

/** Disbursement as `src/entities/record-types.ts` lists it. */
export const disbursementRecord = recordType(Disbursement, {
  node: { typeName: 'Disbursement', key: 'id' },
  naturalKeys: [],
  readRule: 'underProgramme',
});
