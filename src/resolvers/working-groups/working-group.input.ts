import { ArrayMaxSize, ArrayUnique } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PersonRole } from '../../entities/person-role.enum';
import type { WorkingGroupFields } from '../../writes/working-group.writes';
import { CodeField, EnglishNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a working group. */
@InputType({ description: 'The editable fields of a working group; an update replaces all of them.' })
export class WorkingGroupInput implements WorkingGroupFields {
  @CodeField('Stable natural key, unique among working groups.')
  code!: string;

  @EnglishNameField()
  nameEn!: string;

  @TextField('What the group is for and what it does.')
  summary?: string | null;

  @Field(() => ID, { description: 'Global id of the organisation that runs the group.' })
  organisation!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the programme the group works in; without one, only ADMIN tokens write it.',
  })
  programme?: string | null;

  @Field(() => [PersonRole], { defaultValue: [], description: 'The roles its members are drawn from, each once.' })
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'lists a role twice.' })
  memberRoles!: PersonRole[];

  @Field(() => ID, { nullable: true, description: 'Global id of the source that describes the group.' })
  source?: string | null;
}
