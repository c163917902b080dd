import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An amount of money in a currency.' })
export class Money {
  @Field(() => Float, { description: 'The amount, in units of the currency.' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code, for example `EUR`.' })
  currency!: string;
}

/** Money from a stored amount and currency; null when either is missing. */
export function moneyOf(amount: string | null | undefined, currency: string | null | undefined): Money | null {
  if (amount == null || currency == null) return null;
  return { amount: Number(amount), currency };
}
