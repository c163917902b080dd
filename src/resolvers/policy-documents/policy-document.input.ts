import { IsISO31661Alpha2, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PolicyDocumentKind, PolicyDocumentStatus } from '../../entities/policy-document.entity';
import { YEAR_RANGE } from '../../schema/years';
import type { PolicyDocumentFields } from '../../writes/policy-document.writes';
import { CodeField, LocalNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a policy document. */
@InputType({ description: 'The editable fields of a policy document; an update replaces all of them.' })
export class PolicyDocumentInput implements PolicyDocumentFields {
  @CodeField('Stable natural key, unique among policy documents.')
  code!: string;

  @Field({ description: 'Title in English.' })
  @Length(1, 1000)
  titleEn!: string;

  @Field(() => PolicyDocumentKind, { description: 'What sort of document it is.' })
  kind!: PolicyDocumentKind;

  @Field(() => PolicyDocumentStatus, { description: 'Adopted, or proposed and awaiting a decision.' })
  status!: PolicyDocumentStatus;

  @TextField('What it says or changes.')
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the organisation that adopted or proposed it.' })
  organisation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of its country, one the hub knows, for example `RS`.',
  })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code such as RS.' })
  country?: string | null;

  @LocalNameField('The body that adopted it (or will decide on it), such as "SCTM General Assembly".')
  adoptedBy?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Year of adoption (not after this year once ADOPTED), or of the planned decision; ${YEAR_RANGE.first} to ${YEAR_RANGE.last}.`,
  })
  @Min(YEAR_RANGE.first)
  @Max(YEAR_RANGE.last)
  adoptedYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the source that describes it.' })
  source?: string | null;
}
