import { ArrayUnique, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalGovernmentRole, PracticeArea } from '../../entities/good-practice.entity';
import type { GoodPracticeFields } from '../../writes/good-practice.writes';
import { CodeField, LocalNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a good practice. */
@InputType({ description: 'The editable fields of a good practice; an update replaces all of them.' })
export class GoodPracticeInput implements GoodPracticeFields {
  @CodeField('Stable natural key, unique among good practices.')
  code!: string;

  @Field({ description: 'Title in English.' })
  @Length(1, 1000)
  titleEn!: string;

  @TextField('What was done and why it counts as good practice.')
  summary?: string | null;

  @Field(() => [PracticeArea], { defaultValue: [], description: 'Thematic areas, each once.' })
  @ArrayUnique({ message: 'lists an area twice.' })
  areas!: PracticeArea[];

  @Field(() => [LocalGovernmentRole], {
    defaultValue: [],
    description: 'Roles of local government concerned, each once.',
  })
  @ArrayUnique({ message: 'lists a role twice.' })
  roles!: LocalGovernmentRole[];

  @LocalNameField("Who recognised it as good practice, such as the Charter's Observatory.")
  recognisedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the organisation behind it.' })
  organisation?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the municipality where it was done.' })
  municipality?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the programme it came out of.' })
  programme?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the source that describes it.' })
  source?: string | null;
}
