import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Indicator } from '../entities/indicator.entity';
import { Observation, ScopeKind } from '../entities/observation.entity';
import { Source } from '../entities/source.entity';
import { listObservations } from '../loaders/observation-lists';
import type { Context } from '../server/context';
import type { Page } from '../schema/connection';
import { TYPE_NAME } from '../schema/node.interface';
import { PageArgs, toPageRequest } from '../schema/page-args';
import { NodeResolver } from './node-resolver.base';
import { ObservationConnection } from './observation-connection.type';
import { ObservationFilter } from './observation-filter.input';
import { ObservationScope } from './observation-scope.union';

@Resolver(() => Observation)
export class ObservationResolver extends NodeResolver(Observation, (observation) => observation.id) {
  @Query(() => ObservationConnection, { description: 'Indicator values, filtered, a page at a time; approved values only unless `filter.reviewStatuses` says otherwise.' })
  observations(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => ObservationFilter, { nullable: true, description: 'Which values to list.' }) filter?: ObservationFilter,
  ): Promise<Page<Observation>> {
    return listObservations(reader, filter ?? {}, toPageRequest(page));
  }

  @FieldResolver(() => Indicator, { description: 'The indicator measured.' })
  async indicator(@Root() observation: Observation, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(observation.indicatorId))!;
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the value is published.' })
  source(@Root() observation: Observation, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return observation.sourceId == null ? null : loaders.sourceById.load(observation.sourceId);
  }

  @FieldResolver(() => ObservationScope, { description: 'What the value is about.' })
  async scope(@Root() observation: Observation, @Ctx() { loaders }: Context): Promise<object> {
    const row = await loadScope(observation, loaders);
    return { ...row, [TYPE_NAME]: SCOPE_TYPE_NAMES[observation.scopeKind] };
  }
}

const SCOPE_TYPE_NAMES: Record<ScopeKind, string> = {
  [ScopeKind.COUNTRY]: 'Country',
  [ScopeKind.PROGRAMME]: 'Programme',
  [ScopeKind.INITIATIVE]: 'Initiative',
  [ScopeKind.MUNICIPALITY]: 'Municipality',
  [ScopeKind.ORGANISATION]: 'Organisation',
  [ScopeKind.ACTIVITY]: 'Activity',
};

async function loadScope(observation: Observation, loaders: Context['loaders']): Promise<object | null> {
  switch (observation.scopeKind) {
    case ScopeKind.COUNTRY: return loaders.countryByCode.load(observation.countryCode!);
    case ScopeKind.PROGRAMME: return loaders.programmeById.load(observation.programmeId!);
    case ScopeKind.INITIATIVE: return loaders.initiativeById.load(observation.initiativeId!);
    case ScopeKind.MUNICIPALITY: return loaders.municipalityById.load(observation.municipalityId!);
    case ScopeKind.ORGANISATION: return loaders.organisationById.load(observation.organisationId!);
    case ScopeKind.ACTIVITY: return loaders.activityById.load(observation.activityId!);
  }
}
