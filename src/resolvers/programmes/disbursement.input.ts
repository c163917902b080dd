import { Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../schema/scalars';
import { CurrencyField } from '../record-writes/record-input-fields';
import type { DisbursementFields } from '../../writes/disbursement.writes';

/** The editable fields of a disbursement. */
@InputType({ description: 'The editable fields of a disbursement to a programme; an update replaces all of them.' })
export class DisbursementInput implements DisbursementFields {
  @Field(() => ID, { description: 'Global id of the programme.' })
  programme!: string;

  @Field(() => LocalDate, { description: 'The day the money was paid out (YYYY-MM-DD).' })
  disbursedOn!: string;

  @Field(() => Float, { description: 'The amount, at least 0, in `currency`.' })
  @Min(0)
  @Max(1e15)
  amount!: number;

  @CurrencyField('ISO 4217 code of the currency, three capital letters, for example `SEK`.')
  currency!: string;

  @Field(() => ID, { description: 'Global id of the organisation that paid: one of the funders of `programme`.' })
  provider!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the organisation that received the money, if known.' })
  receiver?: string | null;

  @Field(() => String, { nullable: true, description: 'What the money was for, in words (at most 2 000 characters).' })
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, { description: 'Global id of the source that states the disbursement.' })
  source!: string;
}
