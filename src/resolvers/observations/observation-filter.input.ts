import { Field, ID, InputType } from 'type-graphql';
import { ObservationKind, ReviewStatus } from '../../entities/observation.entity';
import { Sex } from '../../entities/sex.enum';
import { LocalDate } from '../../schema/scalars';
import type { ObservationListFilter } from '../../loaders/observation-filter';

@InputType({ description: 'Which observations to list; every condition given must hold.' })
export class ObservationFilter implements ObservationListFilter {
  @Field(() => String, { nullable: true, description: 'Values of the indicator with this code.' })
  indicator?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Values about this object: the id of a country, programme, initiative, municipality, organisation or activity.',
  })
  scope?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Values whose period ends on or after this day.' })
  periodFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Values whose period starts on or before this day.' })
  periodTo?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Only this sex disaggregation cell.' })
  sex?: Sex | null;

  @Field(() => ObservationKind, { nullable: true, description: 'Only baselines, targets or actuals.' })
  kind?: ObservationKind | null;

  @Field(() => [ReviewStatus], {
    nullable: true,
    description: 'Review states to include; APPROVED only when not given.',
  })
  reviewStatuses?: ReviewStatus[] | null;
}
