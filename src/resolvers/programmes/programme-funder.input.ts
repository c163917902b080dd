import { IsISO4217CurrencyCode, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { ProgrammeFunderFields } from '../../writes/programme.links';

/** One funder of a programme, as `setProgrammeFunders` takes it. */
@InputType({ description: 'An organisation that funds a programme, with the amount where it is known.' })
export class ProgrammeFunderInput implements ProgrammeFunderFields {
  @Field(() => ID, { description: 'Global id of the funding organisation.' })
  organisation!: string;

  @Field(() => Float, { nullable: true, description: 'How much it funds, at least 0, in `currency`.' })
  @Min(0)
  @Max(1e15)
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the currency, for example `NOK`.' })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as SEK.' })
  currency?: string | null;
}
