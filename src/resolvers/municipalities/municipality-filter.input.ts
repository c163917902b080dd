import { Field, ID, InputType } from 'type-graphql';
import { MunicipalityKind } from '../../entities/municipality.entity';
import { CountryCode } from '../../schema/scalars';
import type { MunicipalityListFilter } from '../../loaders/municipality-list.query';

@InputType({ description: 'Which municipalities to list; every condition given must hold.' })
export class MunicipalityFilter implements MunicipalityListFilter {
  @Field(() => CountryCode, { nullable: true, description: 'In this country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => MunicipalityKind, { nullable: true, description: 'Of this tier: municipality, city or region.' })
  kind?: MunicipalityKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: signatories of the European Charter for Equality only; false: non-signatories only.',
  })
  charterSigned?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Within the region with this id.' })
  parent?: string | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the code or names, ignoring case.' })
  search?: string | null;
}
