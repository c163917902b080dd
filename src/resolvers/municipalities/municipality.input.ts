import { IsISO31661Alpha2, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MunicipalityKind } from '../../entities/municipality.entity';
import { LocalDate } from '../../schema/scalars';
import { NaturalCode } from '../../writes/natural-code';
import type { MunicipalityFields } from '../../writes/municipality.writes';
import { LocalNameField } from '../record-writes/record-input-fields';

/** The editable fields of a municipality, city or region. */
@InputType({ description: 'The editable fields of a municipality, city or region; an update replaces all of them.' })
export class MunicipalityInput implements MunicipalityFields {
  @Field({ description: 'ISO 3166-1 alpha-2 code of its country, one the hub knows, for example `NO`.' })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code such as NO.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Official code, unique within the country, for example `1021`.' })
  @NaturalCode()
  code?: string | null;

  @Field({ description: 'Name in the local language.' })
  @Length(1, 500)
  nameLocal!: string;

  @LocalNameField('Name in English, where it differs.')
  nameEn?: string | null;

  @Field(() => MunicipalityKind, { description: 'Municipality, city or region.' })
  kind!: MunicipalityKind;

  @Field(() => ID, { nullable: true, description: 'Global id of the unit it lies in (a region).' })
  parent?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of the unit it merged into (or that took over its area), in the same country; never one that leads back to it.',
  })
  successor?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day the unit existed under this identity (YYYY-MM-DD).',
  })
  validTo?: string | null;
}
