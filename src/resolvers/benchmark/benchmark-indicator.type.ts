import { Field, Float, Int, ObjectType } from 'type-graphql';

/** Root value: a `BenchmarkIndicatorStatistics` (analytics/benchmark-summary). */
@ObjectType({
  description: 'One indicator of a ranking: its weight and the statistics its values were normalised with.',
})
export class RankingIndicator {
  @Field(() => Float, { description: 'The weight as requested.' })
  weight!: number;

  @Field(() => Int, { description: 'How many of the listed municipalities have a value for the year.' })
  municipalitiesWithData!: number;

  @Field(() => Float, { nullable: true, description: 'The lowest value; null when no municipality has one.' })
  minimum!: number | null;

  @Field(() => Float, { nullable: true, description: 'The highest value; null when no municipality has one.' })
  maximum!: number | null;

  @Field(() => Float, { nullable: true, description: 'The mean value; null when no municipality has one.' })
  mean!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The population standard deviation of the values; null when no municipality has one.',
  })
  standardDeviation!: number | null;
}
