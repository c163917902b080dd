import { Field, ID, InputType } from 'type-graphql';
import { ScopeKind } from '../../entities/observation.entity';
import { CountryCode } from '../../schema/scalars';

@InputType({ description: 'Which values a series counts; every condition given must hold.' })
export class SeriesFilter {
  @Field(() => CountryCode, {
    nullable: true,
    description: 'Values in this country: its own (country scope) and those of its municipalities and regions.',
  })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Values of the programme with this code and of every programme under it, with those of their initiatives and activities.',
  })
  programme?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Values of this municipality; for a region, its own values and those of its municipalities.',
  })
  municipality?: string | null;

  @Field(() => [ScopeKind], {
    nullable: true,
    description:
      'Only values about these kinds of scope (every kind when not given): for example MUNICIPALITY alone, where regions also report totals of their own.',
  })
  scopeKinds?: ScopeKind[] | null;
}
