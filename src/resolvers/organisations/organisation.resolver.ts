import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../../entities/country.entity';
import { Observation } from '../../entities/observation.entity';
import { Organisation } from '../../entities/organisation.entity';
import { PolicyDocument } from '../../entities/policy-document.entity';
import { ProgrammeFunder } from '../../entities/programme-funder.entity';
import { ProgrammeImplementer } from '../../entities/programme-implementer.entity';
import { WorkingGroup } from '../../entities/working-group.entity';
import { observationsOf } from '../../loaders/observation-lists';
import { listOrganisations } from '../../loaders/organisation-list.query';
import type { IndicatorFigures } from '../../loaders/results-by-scope.loader';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { IndicatorResult } from '../indicators/indicator-result.type';
import { NodeResolver } from '../node/node-resolver.base';
import { ObservationConnection } from '../observations/observation-connection.type';
import { ObservationFilter } from '../observations/observation-filter.input';
import { OrganisationConnection } from './organisation-connection.type';
import { OrganisationFilter } from './organisation-filter.input';

@Resolver(() => Organisation)
export class OrganisationResolver extends NodeResolver(Organisation, (organisation) => organisation.id) {
  @Query(() => OrganisationConnection, { description: 'Organisations, by English name, filtered, a page at a time.' })
  organisations(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Which organisations to list.' })
    filter?: OrganisationFilter,
  ): Promise<Page<Organisation>> {
    return listOrganisations(reader, filter ?? {}, toPageRequest(page));
  }

  @Query(() => Organisation, { description: 'The organisation with this code; NOT_FOUND when there is none.' })
  async organisation(
    @Arg('code', { description: "The organisation's code, for example `SALAR`." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Organisation> {
    const organisation = await loaders.organisationByCode.load(code);
    if (!organisation) throw notFound('code', code);
    return organisation;
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it is based in, if national.' })
  country(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<Country | null> | null {
    return organisation.countryCode == null ? null : loaders.countryByCode.load(organisation.countryCode);
  }

  @FieldResolver(() => [ProgrammeFunder], { description: 'Programmes it funds, with the amounts.' })
  fundings(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<ProgrammeFunder[]> {
    return loaders.fundingsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [ProgrammeImplementer], { description: 'Programmes it implements, and in what role.' })
  implementations(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<ProgrammeImplementer[]> {
    return loaders.implementationsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [WorkingGroup], { description: 'Working groups it runs.' })
  workingGroups(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<WorkingGroup[]> {
    return loaders.workingGroupsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [PolicyDocument], { description: 'Policy documents it adopted or proposed.' })
  policyDocuments(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<PolicyDocument[]> {
    return loaders.policyDocumentsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => ObservationConnection, {
    description: 'Indicator values about this organisation, a page at a time; approved values only unless asked.',
  })
  observations(
    @Root() organisation: Organisation,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
    @Arg('filter', () => ObservationFilter, {
      nullable: true,
      description: 'Which values to list (its `scope` is ignored here).',
    })
    filter?: ObservationFilter,
  ): Promise<Page<Observation>> {
    return observationsOf<number>(loaders, 'organisation_id', { ...filter, scope: null }, toPageRequest(page)).load(
      organisation.id,
    );
  }

  @FieldResolver(() => [IndicatorResult], {
    description:
      'For each indicator with values about the organisation: latest baseline, target and actual, and progress toward the target. Approved values only.',
  })
  results(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<IndicatorFigures[]> {
    return loaders.resultsByOrganisation.load(organisation.id);
  }
}
