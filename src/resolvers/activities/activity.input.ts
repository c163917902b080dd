import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ActivityKind } from '../../entities/activity.entity';
import { PersonRole } from '../../entities/person-role.enum';
import { NotBefore } from '../../schema/date-range';
import { LocalDate } from '../../schema/scalars';
import type { ActivityFields } from '../../writes/activity.writes';
import { CodeField, EnglishNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a capacity-building activity. */
@InputType({ description: 'The editable fields of a capacity-building activity; an update replaces all of them.' })
export class ActivityInput implements ActivityFields {
  @CodeField('Stable natural key, unique among activities.')
  code!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the programme it belongs to; without one, only ADMIN tokens write it.',
  })
  programme?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the programme component it belongs to.' })
  component?: string | null;

  @Field(() => ActivityKind, { description: 'The form the activity takes.' })
  kind!: ActivityKind;

  @EnglishNameField()
  nameEn!: string;

  @TextField('What the activity is.')
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the organisation that provides it.' })
  provider?: string | null;

  @Field(() => String, { nullable: true, description: 'Who the activity is for, in words.' })
  @MaxLength(2000)
  audience?: string | null;

  @Field(() => [PersonRole], { defaultValue: [], description: 'The roles of the people it is for.' })
  @ArrayMaxSize(20)
  audienceRoles!: PersonRole[];

  @Field(() => Float, { nullable: true, description: 'Academic credits (ECTS), from 0 to 999.' })
  @Min(0)
  @Max(999)
  creditsEcts?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  startOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day (YYYY-MM-DD), not before `startOn`.' })
  @NotBefore('startOn')
  endOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the source that describes it.' })
  source?: string | null;
}
