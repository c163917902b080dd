import { Field, InputType } from 'type-graphql';
import { MunicipalityKind } from '../../entities/municipality.entity';
import type { CountryMunicipalityListFilter } from '../../loaders/municipality-lists';

@InputType({ description: "Which of a country's municipalities to list; every condition given must hold." })
export class CountryMunicipalityFilter implements CountryMunicipalityListFilter {
  @Field(() => MunicipalityKind, { nullable: true, description: 'Of this tier: municipality, city or region.' })
  kind?: MunicipalityKind | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the code or names, ignoring case.' })
  search?: string | null;
}
