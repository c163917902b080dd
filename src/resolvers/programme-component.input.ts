import { Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** The editable fields of a programme component. */
@InputType({ description: 'The editable fields of a programme component; an update replaces all of them.' })
export class ProgrammeComponentInput {
  @Field(() => ID, { description: 'Global id of the programme the component belongs to.' })
  programme!: string;

  @Field(() => Int, { description: 'Position in the programme, from 1; unique within the programme.' })
  @Min(1)
  @Max(1000)
  position!: number;

  @Field({ description: 'Name in English.' })
  @Length(1, 500)
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Name in the original language.' })
  @MaxLength(500)
  nameLocal?: string | null;

  @Field(() => String, { nullable: true, description: 'What the component does.' })
  @MaxLength(10_000)
  summary?: string | null;
}
