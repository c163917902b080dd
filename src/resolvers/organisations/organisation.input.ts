import { IsISO31661Alpha2, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrganisationKind } from '../../entities/organisation.entity';
import type { OrganisationFields } from '../../writes/organisation.writes';
import { CodeField, EnglishNameField, LocalNameField } from '../record-writes/record-input-fields';

/** The editable fields of an organisation. */
@InputType({ description: 'The editable fields of an organisation; an update replaces all of them.' })
export class OrganisationInput implements OrganisationFields {
  @CodeField('Stable natural key, unique among organisations, usually the acronym, for example `SALAR`.')
  code!: string;

  @EnglishNameField()
  nameEn!: string;

  @LocalNameField("Name in the organisation's own language.")
  nameLocal?: string | null;

  @Field(() => String, { nullable: true, description: 'Acronym in use, for example `SKR`.' })
  @MaxLength(50)
  acronym?: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of its country, one the hub knows, for example `SE`.',
  })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code such as SE.' })
  country?: string | null;
}
