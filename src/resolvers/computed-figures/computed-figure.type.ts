import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ComputedFigureKind } from '../../analytics/computed-figure-kind';
import { Observation } from '../../entities/observation.entity';

/** Root value: a `ComputedFigureRow`; its indicators are resolved through loaders by `ComputedFigureResolver`. */
@ObjectType({
  description:
    "A figure the hub computes from its own records about a programme, beside the programme's own reported figure of the comparable indicator and their difference: where they disagree, reported and recorded data tell different stories. Only records and values the viewer may read count; values are approved ACTUAL totals (sex TOTAL, every role).",
})
export class ComputedFigure {
  @Field(() => ComputedFigureKind, { description: 'What is computed.' })
  kind!: ComputedFigureKind;

  @Field(() => Float, {
    nullable: true,
    description:
      'The computed value: a count, or for SHARE_TRUE a percentage (63 for 63 %). Null for a share without any initiative value (denominator 0).',
  })
  value!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For SHARE_TRUE, the initiatives whose latest approved value is true (1); null for counts.',
  })
  numerator!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For SHARE_TRUE, the initiatives with an approved value (0 or 1); null for counts.',
  })
  denominator!: number | null;

  @Field(() => Observation, {
    nullable: true,
    description:
      "The programme's own reported figure of `comparableIndicator`: its approved ACTUAL total about the programme itself with the latest period end (the widest period of those), inside `period` when one is given; null when there is none.",
  })
  reported!: Observation | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Computed minus reported (`value` − `reported.value`); null without either.',
  })
  difference!: number | null;
}
