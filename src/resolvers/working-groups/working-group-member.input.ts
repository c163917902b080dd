import { IsIn, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PersonRole } from '../../entities/person-role.enum';
import { Sex } from '../../entities/sex.enum';
import type { WorkingGroupMemberFields } from '../../writes/working-group-member.writes';

/** The editable fields of a working group member. */
@InputType({ description: 'The editable fields of a working group member; an update replaces all of them.' })
export class WorkingGroupMemberInput implements WorkingGroupMemberFields {
  @Field(() => ID, { description: 'Global id of the working group the member sits in.' })
  workingGroup!: string;

  @Field({ description: 'Full name: personal data, read only by the organisation that runs the group.' })
  @Length(1, 500)
  name!: string;

  @Field(() => PersonRole, { description: 'The role the member has in the group.' })
  role!: PersonRole;

  @Field(() => Sex, {
    nullable: true,
    description: 'FEMALE or MALE, when recorded (TOTAL is for figures, not people).',
  })
  @IsIn([Sex.FEMALE, Sex.MALE], { message: 'must be FEMALE or MALE; leave it out when not recorded.' })
  sex?: Sex | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the organisation the member represents.' })
  organisation?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the municipality the member represents.' })
  municipality?: string | null;
}
