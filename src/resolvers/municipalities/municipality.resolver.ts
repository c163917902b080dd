import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CharterSignature } from '../../entities/charter-signature.entity';
import { Country } from '../../entities/country.entity';
import { Initiative } from '../../entities/initiative.entity';
import { Municipality } from '../../entities/municipality.entity';
import { Observation } from '../../entities/observation.entity';
import { ProgrammeParticipant } from '../../entities/programme-participant.entity';
import { initiativesOfMunicipality } from '../../loaders/initiative-lists';
import { listMunicipalities } from '../../loaders/municipality-list.query';
import { observationsOf } from '../../loaders/observation-lists';
import type { IndicatorFigures } from '../../loaders/results-by-scope.loader';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { badUserInput, notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { maySubmitForMunicipality } from '../../writes/observation-writers';
import { CountryCode } from '../../schema/scalars';
import { InitiativeConnection } from '../initiatives/initiative-connection.type';
import { MunicipalityConnection } from './municipality-connection.type';
import { MunicipalityFilter } from './municipality-filter.input';
import { MunicipalitySort } from './municipality-sort.input';
import { IndicatorResult } from '../indicators/indicator-result.type';
import type { CountryComparisonRow } from '../../analytics/country-comparisons';
import { CountryComparison } from './country-comparison.type';
import { NodeResolver } from '../node/node-resolver.base';
import { ObservationConnection } from '../observations/observation-connection.type';
import { ObservationFilter } from '../observations/observation-filter.input';

@Resolver(() => Municipality)
export class MunicipalityResolver extends NodeResolver(Municipality, (municipality) => municipality.id) {
  @Query(() => MunicipalityConnection, {
    description: 'Municipalities, cities and regions, filtered and sorted, a page at a time.',
  })
  municipalities(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => MunicipalityFilter, { nullable: true, description: 'Which municipalities to list.' })
    filter?: MunicipalityFilter,
    @Arg('sort', () => MunicipalitySort, { nullable: true, description: 'The order; by local name when not given.' })
    sort?: MunicipalitySort,
  ): Promise<Page<Municipality>> {
    return listMunicipalities(reader, filter ?? {}, sort ?? new MunicipalitySort(), toPageRequest(page));
  }

  @Query(() => Municipality, {
    description: 'The municipality with this official code in this country; NOT_FOUND when there is none.',
  })
  async municipality(
    @Arg('country', () => CountryCode, { description: 'ISO 3166-1 alpha-2 code of the country.' }) country: string,
    @Arg('code', { description: 'Official code within the country, for example `0180` for Stockholm.' }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Municipality> {
    if (code.length > 20) throw badUserInput('code', `is ${code.length} characters long; official codes are short.`);
    const municipality = await loaders.municipalityByOfficialCode.load({ country, code });
    if (!municipality) throw notFound('code', `${country} ${code}`);
    return municipality;
  }

  @FieldResolver(() => Country, { description: 'The country it is in.' })
  async country(@Root() municipality: Municipality, @Ctx() { loaders }: Context): Promise<Country> {
    return (await loaders.countryByCode.load(municipality.countryCode))!;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The region it is part of, when recorded.' })
  parent(@Root() municipality: Municipality, @Ctx() { loaders }: Context): Promise<Municipality | null> | null {
    return municipality.parentId == null ? null : loaders.municipalityById.load(municipality.parentId);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The unit it merged into (or that took over its area), for units merged or dissolved; see `validTo`.',
  })
  successor(@Root() municipality: Municipality, @Ctx() { loaders }: Context): Promise<Municipality | null> | null {
    return municipality.successorId == null ? null : loaders.municipalityById.load(municipality.successorId);
  }

  @FieldResolver(() => [Municipality], {
    description: 'The units that merged into this one (those that name it as their successor), by local name.',
  })
  predecessors(@Root() municipality: Municipality, @Ctx() { loaders }: Context): Promise<Municipality[]> {
    return loaders.predecessorsByMunicipality.load(municipality.id);
  }

  @FieldResolver(() => CharterSignature, {
    nullable: true,
    description: 'Its signature of the European Charter for Equality of Women and Men in Local Life, if it signed.',
  })
  charterSignature(@Root() municipality: Municipality, @Ctx() { loaders }: Context): Promise<CharterSignature | null> {
    return loaders.charterSignatureByMunicipalityId.load(municipality.id);
  }

  @FieldResolver(() => [ProgrammeParticipant], { description: 'Programmes it takes part in, with its grants.' })
  programmeParticipations(
    @Root() municipality: Municipality,
    @Ctx() { loaders }: Context,
  ): Promise<ProgrammeParticipant[]> {
    return loaders.participationsByMunicipality.load(municipality.id);
  }

  @FieldResolver(() => InitiativeConnection, {
    description:
      'Initiatives it takes part in or leads, by code, a page at a time: the same initiatives as `initiatives(filter: { municipality })`.',
  })
  initiatives(
    @Root() municipality: Municipality,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Page<Initiative>> {
    return initiativesOfMunicipality(loaders, toPageRequest(page)).load(municipality.id);
  }

  @FieldResolver(() => ObservationConnection, {
    description: 'Indicator values about this municipality, a page at a time; approved values only unless asked.',
  })
  observations(
    @Root() municipality: Municipality,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
    @Arg('filter', () => ObservationFilter, {
      nullable: true,
      description: 'Which values to list (its `scope` is ignored here).',
    })
    filter?: ObservationFilter,
  ): Promise<Page<Observation>> {
    return observationsOf<number>(loaders, 'municipality_id', { ...filter, scope: null }, toPageRequest(page)).load(
      municipality.id,
    );
  }

  @FieldResolver(() => [IndicatorResult], {
    description:
      'For each indicator with values about the municipality: latest baseline, target and actual, and progress toward the target. Approved values only.',
  })
  results(@Root() municipality: Municipality, @Ctx() { loaders }: Context): Promise<IndicatorFigures[]> {
    return loaders.resultsByMunicipality.load(municipality.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may submit or import values about this municipality (submitObservations, POST /import/observations): true for an ADMIN token and for a REPORTER token that reports for it, false for anyone else, anonymous callers included.',
  })
  mayImportObservations(@Root() municipality: Municipality, @Ctx() { viewer }: Context): boolean {
    return maySubmitForMunicipality(viewer, municipality.id);
  }

  @FieldResolver(() => [CountryComparison], {
    description:
      "Each indicator it has values for, year by year, beside its country's median and quartiles that year and its place in the country's ranking on that indicator; by indicator, then year. Approved values the caller may read.",
  })
  countryComparisons(@Root() municipality: Municipality, @Ctx() { loaders }: Context): Promise<CountryComparisonRow[]> {
    return loaders.countryComparisonsByMunicipality.load(municipality.id);
  }
}
