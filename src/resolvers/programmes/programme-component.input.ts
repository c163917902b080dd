import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { ProgrammeComponentFields } from '../../writes/programme-component.writes';
import { EnglishNameField, LocalNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a programme component. */
@InputType({ description: 'The editable fields of a programme component; an update replaces all of them.' })
export class ProgrammeComponentInput implements ProgrammeComponentFields {
  @Field(() => ID, { description: 'Global id of the programme the component belongs to.' })
  programme!: string;

  @Field(() => Int, { description: 'Position in the programme, from 1; unique within the programme.' })
  @Min(1)
  @Max(1000)
  position!: number;

  @EnglishNameField()
  nameEn!: string;

  @LocalNameField()
  nameLocal?: string | null;

  @TextField('What the component does.')
  summary?: string | null;
}
