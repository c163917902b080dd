import { Field, InputType } from 'type-graphql';
import { ActivityKind } from '../../entities/activity.entity';
import type { ActivityListFilter } from '../../loaders/activity-list.query';

@InputType({ description: 'Which activities to list; every condition given must hold.' })
export class ActivityFilter implements ActivityListFilter {
  @Field(() => String, { nullable: true, description: 'Of the programme with this code, for example `HAJ`.' })
  programme?: string | null;

  @Field(() => ActivityKind, {
    nullable: true,
    description: 'Of this form: training course, study visit, seminar, ...',
  })
  kind?: ActivityKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Provided by the organisation with this code, for example `SALAR`.',
  })
  provider?: string | null;
}
