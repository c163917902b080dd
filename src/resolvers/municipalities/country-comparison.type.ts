import { Field, Float, Int, ObjectType } from 'type-graphql';

/** Root value: a `CountryComparisonRow`; its indicator is resolved through a loader. */
@ObjectType({
  description:
    "A municipality's value of an indicator in a year beside the spread of its country's values that year and its place among them. The value is the approved ACTUAL total (both sexes, every role) whose period lies inside the year, the latest if several, as the benchmarking ranking takes it; the country's figures are over its municipalities with such a value, as far as the caller may read them.",
})
export class CountryComparison {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => Float, { description: "The municipality's value." })
  value!: number;

  @Field(() => Float, { description: "The first quartile of the country's values (continuous percentile 0.25)." })
  lowerQuartile!: number;

  @Field(() => Float, { description: "The median of the country's values (continuous percentile 0.5)." })
  median!: number;

  @Field(() => Float, { description: "The third quartile of the country's values (continuous percentile 0.75)." })
  upperQuartile!: number;

  @Field(() => Int, { description: 'How many municipalities of the country have a value, this one included.' })
  municipalitiesWithValue!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Its place among them, 1 for the best value in the indicator's direction (ties share a place); null for a NEUTRAL indicator, which has no better direction.",
  })
  rank!: number | null;
}
