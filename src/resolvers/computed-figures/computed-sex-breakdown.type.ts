import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Indicator } from '../../entities/indicator.entity';
import { LocalDate } from '../../schema/scalars';
import { ObservationScope } from '../observations/observation-scope.union';

/** Root value: a `SexBreakdownRow` with the indicator, the scope (typed for the union) and the range. */
@ObjectType({
  description:
    "An indicator's values for women and men in one scope and range, and how they compare. Counts the scope's own approved ACTUAL values for every role (role null) whose period lies inside the range, each sex cell combined by the indicator's rule as in `series` (SUM adds, MEAN averages, LATEST takes the latest, SHARE is 100 × sum of numerators / sum of denominators).",
})
export class SexBreakdown {
  @Field(() => Indicator, { description: 'The indicator; its `aggregation` is the rule each cell combines by.' })
  indicator!: Indicator;

  @Field(() => ObservationScope, { description: 'What the values are about.' })
  scope!: object;

  @Field(() => LocalDate, { description: 'First day of the range.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the range.' })
  to!: string;

  @Field(() => Float, { nullable: true, description: 'The FEMALE cell; null when it has no value.' })
  female!: number | null;

  @Field(() => Float, { nullable: true, description: 'The MALE cell; null when it has no value.' })
  male!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The TOTAL cell as reported (not female + male: a total may include people whose sex is not recorded); null when it has no value.',
  })
  total!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Female share in percent: 100 × female / (female + male); null unless both cells have values and they add up to more than 0.',
  })
  femaleShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Female minus male; null unless both cells have values.' })
  gap!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Female divided by male; null unless both cells have values and male is not 0.',
  })
  ratio!: number | null;

  @Field(() => Int, { description: 'How many observations the FEMALE cell combines.' })
  femaleObservationCount!: number;

  @Field(() => Int, { description: 'How many observations the MALE cell combines.' })
  maleObservationCount!: number;

  @Field(() => Int, { description: 'How many observations the TOTAL cell combines.' })
  totalObservationCount!: number;
}
