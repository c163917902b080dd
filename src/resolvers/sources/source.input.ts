import { IsISO6391, IsUrl, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SourceKind } from '../../entities/source.entity';
import { LocalDate } from '../../schema/scalars';
import { YEAR_RANGE } from '../../schema/years';
import { NaturalCode } from '../../writes/natural-code';
import type { SourceFields } from '../../writes/source.writes';
import { LocalNameField } from '../record-writes/record-input-fields';

/** The editable fields of a source. */
@InputType({ description: 'The editable fields of a source; an update replaces all of them.' })
export class SourceInput implements SourceFields {
  @Field({ description: 'Stable natural key, unique among sources, for example `salar-hoj-programme-page`.' })
  @NaturalCode()
  key!: string;

  @Field({ description: 'Title as the source gives it.' })
  @Length(1, 1000)
  title!: string;

  @LocalNameField('English translation of the title, where the source is in another language.')
  titleEn?: string | null;

  @Field(() => SourceKind, { description: 'What kind of publication it is.' })
  kind!: SourceKind;

  @LocalNameField('Who published it.')
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read (http or https).' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http or https address.' })
  @MaxLength(2000)
  url?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Publication date (YYYY-MM-DD), when the source states it.' })
  publishedOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Publication year, when only the year is known (the year of \`publishedOn\` when both are given); ${YEAR_RANGE.first} to ${YEAR_RANGE.last}.`,
  })
  @Min(YEAR_RANGE.first)
  @Max(YEAR_RANGE.last)
  publishedYear?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Language of the source as an ISO 639-1 code, for example `sv`.',
  })
  @IsISO6391({ message: 'must be an ISO 639-1 language code such as sv.' })
  language?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the source this one is cited in (a chapter of a report, for one).',
  })
  citedIn?: string | null;
}
