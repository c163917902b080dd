import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Activity } from '../../entities/activity.entity';
import { Organisation } from '../../entities/organisation.entity';
import { ProgrammeComponent } from '../../entities/programme-component.entity';
import { Programme } from '../../entities/programme.entity';
import { Source } from '../../entities/source.entity';
import { listActivities } from '../../loaders/activity-list.query';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { ActivityConnection } from './activity-connection.type';
import { ActivityFilter } from './activity-filter.input';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => Activity)
export class ActivityResolver extends NodeResolver(Activity, (activity) => activity.id) {
  @Query(() => ActivityConnection, {
    description: 'Capacity-building activities, by code, filtered, a page at a time.',
  })
  activities(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => ActivityFilter, { nullable: true, description: 'Which activities to list.' })
    filter?: ActivityFilter,
  ): Promise<Page<Activity>> {
    return listActivities(reader, filter ?? {}, toPageRequest(page));
  }

  @Query(() => Activity, { description: 'The activity with this code; NOT_FOUND when there is none.' })
  async activity(
    @Arg('code', { description: "The activity's code." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Activity> {
    const activity = await loaders.activityByCode.load(code);
    if (!activity) throw notFound('code', code);
    return activity;
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The programme it belongs to, if any.' })
  programme(@Root() activity: Activity, @Ctx() { loaders }: Context): Promise<Programme | null> | null {
    return activity.programmeId == null ? null : loaders.programmeById.load(activity.programmeId);
  }

  @FieldResolver(() => ProgrammeComponent, {
    nullable: true,
    description: 'The programme component it belongs to, if any.',
  })
  component(@Root() activity: Activity, @Ctx() { loaders }: Context): Promise<ProgrammeComponent | null> | null {
    return activity.componentId == null ? null : loaders.programmeComponentById.load(activity.componentId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that runs it, when known.' })
  provider(@Root() activity: Activity, @Ctx() { loaders }: Context): Promise<Organisation | null> | null {
    return activity.providerId == null ? null : loaders.organisationById.load(activity.providerId);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the activity is described.' })
  source(@Root() activity: Activity, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return activity.sourceId == null ? null : loaders.sourceById.load(activity.sourceId);
  }
}
