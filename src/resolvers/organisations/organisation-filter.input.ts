import { Field, InputType } from 'type-graphql';
import { OrganisationKind } from '../../entities/organisation.entity';
import { CountryCode } from '../../schema/scalars';
import type { OrganisationListFilter } from '../../loaders/organisation-list.query';

@InputType({ description: 'Which organisations to list; every condition given must hold.' })
export class OrganisationFilter implements OrganisationListFilter {
  @Field(() => OrganisationKind, { nullable: true, description: 'Of this kind.' })
  kind?: OrganisationKind | null;

  @Field(() => CountryCode, { nullable: true, description: 'Based in this country.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the code, acronym or names, ignoring case.' })
  search?: string | null;
}
