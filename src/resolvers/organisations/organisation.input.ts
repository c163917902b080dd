import { IsISO31661Alpha2, Matches, MaxLength } from 'class-validator';
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
    description:
      'IATI organisation identifier as the organisation publishes it, unique among organisations: a registration agency prefix and the number it gives, for example `SE-0` or `XM-DAC-41114`.',
  })
  @MaxLength(100)
  @Matches(/^[A-Za-z]{2}(?:-[A-Za-z0-9._]+)+$/, {
    message:
      'must be an IATI organisation identifier: a registration agency prefix such as SE-ON or XM-DAC, a hyphen and the number it gives (letters, digits, ".", "_"), for example SE-0.',
  })
  iatiIdentifier?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of its country, one the hub knows, for example `SE`.',
  })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code such as SE.' })
  country?: string | null;
}
