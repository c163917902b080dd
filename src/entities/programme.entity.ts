import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { CODE_KEY, recordType, type RecordPart } from './record-type';

@Entity()
@ObjectType({
  implements: Node,
  description: "A funded programme of work, such as Sweden's Programme for Sustainable Gender Equality (HåJ).",
})
export class Programme extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key, for example `HAJ`.' })
  code!: string;

  @Property({ type: 'text' })
  @Index()
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in the original language.' })
  nameLocal?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the programme set out to do.' })
  summary?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day of the period as originally planned (YYYY-MM-DD).',
  })
  plannedStartOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'Last day of the period as originally planned (YYYY-MM-DD).' })
  plannedEndOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Index()
  @Field(() => LocalDate, { nullable: true, description: 'First day the programme actually ran (YYYY-MM-DD).' })
  startOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Index()
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day the programme actually ran, extensions included (YYYY-MM-DD).',
  })
  endOn?: string | null;

  @Property({ type: 'boolean', default: false })
  @Index()
  @Field(() => Boolean, {
    description:
      'Whether the programme is public. Unpublished programmes, and everything under them, are seen only by the tokens of their funders and implementers.',
  })
  published: Opt<boolean> = false;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  budgetAmount?: string | null;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, {
    description:
      "Whether the budget is public; unpublished, `budget` and the funders' amounts are read only by the programme's funders and implementers.",
  })
  budgetPublished: Opt<boolean> = true;

  @Property({ type: 'character', length: 3, nullable: true })
  budgetCurrency?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Web address of the programme.' })
  website?: string | null;

  @ManyToOne(() => Programme, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'parent_id',
    index: true,
  })
  parentId?: number | null;

  @ManyToOne(() => Programme, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'successor_id',
    index: true,
  })
  successorId?: number | null;
}

/** Programme as `src/entities/record-types.ts` lists it. */
export const programmeRecord = recordType(Programme, {
  node: { typeName: 'Programme', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'programme',
});

/** The record the link rows of a programme (its funders, implementers, countries, ...) are part of. */
export const PROGRAMME_PART: RecordPart = { owner: Programme, table: 'programme', column: 'programme_id' };
