import { Field, InputType, Int } from 'type-graphql';
import { CountryCode } from '../../schema/scalars';
import type { ProgrammeListFilter } from '../../loaders/programme-list.query';

@InputType({ description: 'Which programmes to list; every condition given must hold.' })
export class ProgrammeFilter implements ProgrammeListFilter {
  @Field(() => CountryCode, { nullable: true, description: 'Works in this country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Funded by the organisation with this code, for example `GOV-SE`.',
  })
  funder?: string | null;

  @Field(() => String, { nullable: true, description: 'Works on the theme with this code.' })
  theme?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Ran (or, before it started, was planned to run) during this year.',
  })
  activeInYear?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text contained in the code or the English or original name, ignoring case.',
  })
  search?: string | null;
}
