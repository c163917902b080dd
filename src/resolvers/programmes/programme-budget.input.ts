import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { BudgetStatus, BudgetType } from '../../entities/programme-budget.entity';
import { NotBefore } from '../../schema/date-range';
import { LocalDate } from '../../schema/scalars';
import { CurrencyField } from '../record-writes/record-input-fields';
import type { ProgrammeBudgetFields } from '../../writes/programme-budget.writes';

/** The editable fields of a programme's budget for one period. */
@InputType({
  description: "The editable fields of a programme's budget for one period; an update replaces all of them.",
})
export class ProgrammeBudgetInput implements ProgrammeBudgetFields {
  @Field(() => ID, { description: 'Global id of the programme.' })
  programme!: string;

  @Field(() => LocalDate, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => LocalDate, { description: 'Last day of the period (YYYY-MM-DD), not before `periodStart`.' })
  @NotBefore('periodStart')
  periodEnd!: string;

  @Field(() => BudgetType, { description: 'Original or revised.' })
  type!: BudgetType;

  @Field(() => BudgetStatus, { description: 'Indicative or committed.' })
  status!: BudgetStatus;

  @Field(() => Float, { description: 'The amount, at least 0, in `currency`.' })
  @Min(0)
  @Max(1e15)
  amount!: number;

  @CurrencyField('ISO 4217 code of the currency, three capital letters, for example `SEK`.')
  currency!: string;

  @Field(() => ID, { description: 'Global id of the source that states the budget.' })
  source!: string;
}
