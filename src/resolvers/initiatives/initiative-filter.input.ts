import { Field, ID, InputType } from 'type-graphql';
import { InitiativeStatus } from '../../entities/initiative.entity';
import type { InitiativeListFilter } from '../../loaders/initiative-list.query';

@InputType({ description: 'Which initiatives to list; every condition given must hold.' })
export class InitiativeFilter implements InitiativeListFilter {
  @Field(() => String, { nullable: true, description: 'Funded under the programme with this code.' })
  programme?: string | null;

  @Field(() => ID, { nullable: true, description: 'Taking place in (or led by) the municipality with this id.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'Working on the theme with this code.' })
  theme?: string | null;

  @Field(() => InitiativeStatus, { nullable: true, description: 'In this state.' })
  status?: InitiativeStatus | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the code or names, ignoring case.' })
  search?: string | null;
}
