import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CharterSignature } from '../../entities/charter-signature.entity';
import { Country } from '../../entities/country.entity';
import { Municipality } from '../../entities/municipality.entity';
import { Programme } from '../../entities/programme.entity';
import { fetchAllRows } from '../../loaders/all-rows.query';
import { municipalitiesOfCountry } from '../../loaders/municipality-lists';
import type { IndicatorFigures } from '../../loaders/results-by-scope.loader';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { CountryCode } from '../../schema/scalars';
import { CountryMunicipalityFilter } from './country-municipality-filter.input';
import { MunicipalityConnection } from '../municipalities/municipality-connection.type';
import { IndicatorResult } from '../indicators/indicator-result.type';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => Country)
export class CountryResolver extends NodeResolver(Country, (country) => country.code) {
  @Query(() => [Country], { description: 'Every country the hub records, by code.' })
  countries(@Ctx() { reader }: Context): Promise<Country[]> {
    return fetchAllRows(reader, Country, ['code']);
  }

  @Query(() => Country, { description: 'The country with this code; NOT_FOUND when the hub does not record it.' })
  async country(
    @Arg('code', () => CountryCode, { description: 'ISO 3166-1 alpha-2 code, for example `RS`.' }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Country> {
    const country = await loaders.countryByCode.load(code);
    if (!country) throw notFound('code', code);
    return country;
  }

  @FieldResolver(() => MunicipalityConnection, {
    description: 'Its municipalities, cities and regions, by local name, a page at a time.',
  })
  municipalities(
    @Root() country: Country,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
    @Arg('filter', () => CountryMunicipalityFilter, {
      nullable: true,
      description: 'Which of its municipalities to list.',
    })
    filter?: CountryMunicipalityFilter,
  ): Promise<Page<Municipality>> {
    return municipalitiesOfCountry(loaders, filter ?? {}, toPageRequest(page)).load(country.code);
  }

  @FieldResolver(() => [Programme], { description: 'Programmes working in the country, by English name.' })
  programmes(@Root() country: Country, @Ctx() { loaders }: Context): Promise<Programme[]> {
    return loaders.programmesByCountry.load(country.code);
  }

  @FieldResolver(() => [CharterSignature], {
    description:
      'Signatures of the European Charter for Equality of Women and Men in Local Life by its municipalities, by signing date (undated last).',
  })
  charterSignatures(@Root() country: Country, @Ctx() { loaders }: Context): Promise<CharterSignature[]> {
    return loaders.charterSignaturesByCountry.load(country.code);
  }

  @FieldResolver(() => [IndicatorResult], {
    description:
      'For each indicator with values about the country: latest baseline, target and actual, and progress toward the target. Approved values only.',
  })
  results(@Root() country: Country, @Ctx() { loaders }: Context): Promise<IndicatorFigures[]> {
    return loaders.resultsByCountry.load(country.code);
  }
}
