import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { Programme } from './programme.entity';
import { recordType } from './record-type';
import { Source } from './source.entity';

/** Whether a period's budget is the one first agreed or a later revision (IATI BudgetType 1, 2). */
export enum BudgetType {
  ORIGINAL = 'ORIGINAL',
  REVISED = 'REVISED',
}
registerEnumType(BudgetType, {
  name: 'BudgetType',
  description: "Whether a period's budget is the one first agreed or a later revision.",
  valuesConfig: {
    ORIGINAL: { description: 'The budget as first agreed (IATI BudgetType 1).' },
    REVISED: { description: 'A revision of the original budget (IATI BudgetType 2).' },
  },
});

/** How firm a period's budget is (IATI BudgetStatus 1, 2). */
export enum BudgetStatus {
  INDICATIVE = 'INDICATIVE',
  COMMITTED = 'COMMITTED',
}
registerEnumType(BudgetStatus, {
  name: 'BudgetStatus',
  description: "How firm a period's budget is.",
  valuesConfig: {
    INDICATIVE: { description: 'An estimate, not yet agreed (IATI BudgetStatus 1).' },
    COMMITTED: { description: 'Agreed, for example in a contract (IATI BudgetStatus 2).' },
  },
});

/**
 * The most budgets per period (not archived) one programme may hold: a create past it is refused,
 * and `Programme.budgets`, an unpaged list, is priced as at most this many.
 */
export const MAX_BUDGETS_PER_PROGRAMME = 100;

@Entity()
@ObjectType({
  implements: Node,
  description:
    "A programme's budget for one period (usually a year), as a source states it; beside the programme's one total `budget`.",
})
export class ProgrammeBudget extends EditableEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id', index: true })
  programmeId!: number;

  @Property({ type: 'date' })
  @Field(() => LocalDate, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Property({ type: 'date' })
  @Field(() => LocalDate, { description: 'Last day of the period (YYYY-MM-DD), not before `periodStart`.' })
  periodEnd!: string;

  @Enum({ items: () => BudgetType })
  @Field(() => BudgetType, { description: 'Original or revised.' })
  type!: BudgetType;

  @Enum({ items: () => BudgetStatus })
  @Field(() => BudgetStatus, { description: 'Indicative or committed.' })
  status!: BudgetStatus;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Property({ type: 'character', length: 3 })
  currency!: string;

  @ManyToOne(() => Source, { deleteRule: 'restrict', mapToPk: true, fieldName: 'source_id', index: true })
  sourceId!: number;
}

/** ProgrammeBudget as `src/entities/record-types.ts` lists it. */
export const programmeBudgetRecord = recordType(ProgrammeBudget, {
  node: { typeName: 'ProgrammeBudget', key: 'id' },
  naturalKeys: [],
  readRule: 'underProgramme',
});
