import { Field, Int, ObjectType } from 'type-graphql';

/** Root value: a `CharterCountRow`; its country and reported count are resolved through loaders. */
@ObjectType({
  description:
    'One country in one year of the European Charter for Equality of Women and Men in Local Life: counts from the signatures the hub records (those with a signing date), and beside them the count a source reported for that year, if any, so the two can be compared.',
})
export class CharterCountPoint {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => Int, { description: 'Recorded signatories that signed in the year.' })
  signedInYear!: number;

  @Field(() => Int, { description: "Recorded signatories that had signed by the year's end (cumulative)." })
  signatories!: number;

  @Field(() => Int, {
    description: "Recorded signatories with an Equality Action Plan adopted by the year's end (cumulative).",
  })
  actionPlansAdopted!: number;

  @Field(() => Int, {
    description:
      "Recorded signatories without an adopted action plan at the year's end although more than two years had passed since signing.",
  })
  overdue!: number;

  @Field(() => Int, {
    description:
      'Recorded signatures of the country without a signing date: they count in no year (the same for every year).',
  })
  undatedSignatories!: number;
}
