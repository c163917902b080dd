import { Field, Float, InputType } from 'type-graphql';
import { MAX_BENCHMARK_WEIGHT } from '../../analytics/benchmark-request';

@InputType({ description: 'An indicator to rank on, and how much it counts in the composite score.' })
export class WeightedIndicator {
  @Field({
    description:
      "The indicator's code; NOT_FOUND when there is none. Its direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER.",
  })
  code!: string;

  @Field(() => Float, {
    defaultValue: 1,
    description: `Relative weight, 0 to ${MAX_BENCHMARK_WEIGHT} (default 1); only the ratios between weights matter. The weights may not all be zero.`,
  })
  weight!: number;
}
