import { Field, Float, ObjectType } from 'type-graphql';

/** Root value: a `BenchmarkScore` (analytics/benchmark-ranking). */
@ObjectType({
  description:
    "One indicator's part in a municipality's composite score. Missing values are reported as missing, never counted as zero.",
})
export class RankingScore {
  @Field(() => Float, { description: "The indicator's weight as requested." })
  weight!: number;

  @Field(() => Float, { nullable: true, description: "The value used, in the indicator's unit; null when missing." })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The value normalised over the municipalities of the ranking that have one, direction-aware: higher is always better, so a lower-is-better indicator is inverted. 0-1 for MIN_MAX, standard deviations from the mean for Z_SCORE. Null when missing.',
  })
  score!: number | null;
}
