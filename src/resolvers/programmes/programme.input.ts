import { IsISO4217CurrencyCode, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { NotBefore } from '../../schema/date-range';
import { LocalDate } from '../../schema/scalars';
import type { ProgrammeFields } from '../../writes/programme.writes';
import { CodeField, EnglishNameField, LocalNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a programme. */
@InputType({ description: 'The editable fields of a programme; an update replaces all of them.' })
export class ProgrammeInput implements ProgrammeFields {
  @CodeField('Stable natural key, unique among programmes, for example `HAJ`.')
  code!: string;

  @EnglishNameField()
  nameEn!: string;

  @LocalNameField()
  nameLocal?: string | null;

  @TextField('What the programme sets out to do.')
  summary?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the period as planned (YYYY-MM-DD).' })
  plannedStartOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the period as planned (YYYY-MM-DD), not before `plannedStartOn`.',
  })
  @NotBefore('plannedStartOn')
  plannedEndOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day the programme actually ran (YYYY-MM-DD).' })
  startOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day the programme actually ran (YYYY-MM-DD), not before `startOn`.',
  })
  @NotBefore('startOn')
  endOn?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether the programme is public.' })
  published!: boolean;

  @Field(() => Float, { nullable: true, description: 'Total budget, at least 0, in `budgetCurrency`.' })
  @Min(0)
  @Max(1e15)
  budgetAmount?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the budget's currency, for example `SEK`." })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as SEK.' })
  budgetCurrency?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: "Whether the budget is public; unpublished, only the programme's funders and implementers read it.",
  })
  budgetPublished!: boolean;

  @Field(() => String, { nullable: true, description: 'Web address of the programme (http or https).' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http or https address.' })
  @MaxLength(2000)
  website?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the programme this one is part of.' })
  parent?: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the programme that continued this one's work." })
  successor?: string | null;
}
