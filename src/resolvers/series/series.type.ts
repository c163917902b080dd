import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PeriodType } from '../../analytics/series-periods';
import { Indicator } from '../../entities/indicator.entity';
import { ObservationKind, ReviewStatus } from '../../entities/observation.entity';
import { PersonRole } from '../../entities/person-role.enum';
import { Sex } from '../../entities/sex.enum';
import { LocalDate } from '../../schema/scalars';

/**
 * One period of one group. Root value: a `SeriesPointRow`; its place and programme members are
 * resolved through loaders by the point's resolver.
 */
@ObjectType({
  description:
    "One period of one group of a series: the group's members (null for a dimension not grouped by, or when the values have none, such as a programme's values grouped by region) and the aggregate of the values that lie inside the period.",
})
export class SeriesPoint {
  @Field(() => LocalDate, {
    description:
      "First day of the period: the calendar period's, or the range's first day when the range starts inside it.",
  })
  periodStart!: string;

  @Field(() => LocalDate, {
    description:
      "Last day of the period: the calendar period's, or the range's last day when the range ends inside it.",
  })
  periodEnd!: string;

  @Field(() => Sex, { nullable: true, description: 'The sex cell, when grouped by SEX.' })
  sex!: Sex | null;

  @Field(() => PersonRole, { nullable: true, description: 'The role cell, when grouped by ROLE.' })
  role!: PersonRole | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The values combined by the indicator's rule: SUM adds them; MEAN averages them; LATEST takes each scope's (and cell's) latest value in the period (latest end, then latest start) and adds those up across the group; SHARE is 100 × sum of numerators / sum of denominators over the values that have both, never a mean of percentages. Null when nothing counted.",
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'For a SHARE indicator, the sum of the numerators behind `value`; null otherwise.',
  })
  numerator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'For a SHARE indicator, the sum of the denominators behind `value`; null otherwise.',
  })
  denominator!: number | null;

  @Field(() => Int, {
    description: 'How many observations `value` combines (for LATEST: one per scope and cell, its latest).',
  })
  observationCount!: number;

  @Field(() => Int, {
    description:
      'Observations of the period and group left out of `value`: for a SHARE indicator, percentages reported without both numerator and denominator, which cannot be weighted. 0 for other rules.',
  })
  excludedCount!: number;
}

@ObjectType({
  description:
    "An indicator's values over a range, one point per period and group. An observation belongs to a period when its own period lies entirely inside it (a yearly value counts in a YEAR series, not in a QUARTER one). Every period appears for every group that has a value anywhere in the range; periods without values are marked `empty`.",
})
export class Series {
  @Field(() => Indicator, { description: 'The indicator; its `aggregation` is the rule the values combine by.' })
  indicator!: Indicator;

  @Field(() => PeriodType, { description: 'How the range is cut into periods.' })
  period!: PeriodType;

  @Field(() => LocalDate, { description: 'First day of the range.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the range.' })
  to!: string;

  @Field(() => ObservationKind, { description: 'Which kind of values the series combines.' })
  kind!: ObservationKind;

  @Field(() => [ReviewStatus], { description: 'The review states counted (always within what the viewer may read).' })
  reviewStatuses!: ReviewStatus[];

  @Field(() => [SeriesPoint], {
    description: 'The points, by group (members in dimension order, nulls last), then by period.',
  })
  points!: SeriesPoint[];
}
