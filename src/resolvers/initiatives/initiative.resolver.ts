import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Initiative } from '../../entities/initiative.entity';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import { ProgrammeComponent } from '../../entities/programme-component.entity';
import { Programme } from '../../entities/programme.entity';
import { Theme } from '../../entities/theme.entity';
import { listInitiatives } from '../../loaders/initiative-list.query';
import type { IndicatorFigures } from '../../loaders/results-by-scope.loader';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { Money, moneyOf } from '../../schema/money.type';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { InitiativeConnection } from './initiative-connection.type';
import { InitiativeFilter } from './initiative-filter.input';
import { IndicatorResult } from '../indicators/indicator-result.type';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => Initiative)
export class InitiativeResolver extends NodeResolver(Initiative, (initiative) => initiative.id) {
  @Query(() => InitiativeConnection, { description: 'Initiatives, by code, filtered, a page at a time.' })
  initiatives(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => InitiativeFilter, { nullable: true, description: 'Which initiatives to list.' })
    filter?: InitiativeFilter,
  ): Promise<Page<Initiative>> {
    return listInitiatives(reader, filter ?? {}, toPageRequest(page));
  }

  @Query(() => Initiative, { description: 'The initiative with this code; NOT_FOUND when there is none.' })
  async initiative(
    @Arg('code', { description: "The initiative's code." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Initiative> {
    const initiative = await loaders.initiativeByCode.load(code);
    if (!initiative) throw notFound('code', code);
    return initiative;
  }

  @FieldResolver(() => Programme, { description: 'The programme that funds it.' })
  async programme(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<Programme> {
    return (await loaders.programmeById.load(initiative.programmeId))!;
  }

  @FieldResolver(() => ProgrammeComponent, {
    nullable: true,
    description: 'The programme component it belongs to, if any.',
  })
  component(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<ProgrammeComponent | null> | null {
    return initiative.componentId == null ? null : loaders.programmeComponentById.load(initiative.componentId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation that leads it, if an organisation does.',
  })
  leadOrganisation(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<Organisation | null> | null {
    return initiative.leadOrganisationId == null ? null : loaders.organisationById.load(initiative.leadOrganisationId);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality that leads it, if a municipality does.',
  })
  leadMunicipality(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<Municipality | null> | null {
    return initiative.leadMunicipalityId == null ? null : loaders.municipalityById.load(initiative.leadMunicipalityId);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities taking part, by name.' })
  municipalities(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<Municipality[]> {
    return loaders.municipalitiesByInitiative.load(initiative.id);
  }

  @FieldResolver(() => [Theme], { description: 'Themes it works on.' })
  themes(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<Theme[]> {
    return loaders.themesByInitiative.load(initiative.id);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The grant it received, when known.' })
  grant(@Root() initiative: Initiative): Money | null {
    return moneyOf(initiative.grantAmount, initiative.grantCurrency);
  }

  @FieldResolver(() => [IndicatorResult], {
    description:
      'For each indicator with values about the initiative: latest baseline, target and actual, and progress toward the target. Approved values only.',
  })
  results(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<IndicatorFigures[]> {
    return loaders.resultsByInitiative.load(initiative.id);
  }
}
