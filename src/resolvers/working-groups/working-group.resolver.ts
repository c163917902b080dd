import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../entities/organisation.entity';
import { Programme } from '../../entities/programme.entity';
import { Source } from '../../entities/source.entity';
import { WorkingGroupMember } from '../../entities/working-group-member.entity';
import { WorkingGroup } from '../../entities/working-group.entity';
import { listWorkingGroups } from '../../loaders/working-group-list.query';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { NodeResolver } from '../node/node-resolver.base';
import { WorkingGroupConnection } from './working-group-connection.type';

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver extends NodeResolver(WorkingGroup, (group) => group.id) {
  @Query(() => WorkingGroupConnection, { description: 'Working groups, by code, a page at a time.' })
  workingGroups(@Args(() => PageArgs) page: PageArgs, @Ctx() { reader }: Context): Promise<Page<WorkingGroup>> {
    return listWorkingGroups(reader, toPageRequest(page));
  }

  @Query(() => WorkingGroup, { description: 'The working group with this code; NOT_FOUND when there is none.' })
  async workingGroup(
    @Arg('code', { description: "The working group's code." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<WorkingGroup> {
    const group = await loaders.workingGroupByCode.load(code);
    if (!group) throw notFound('code', code);
    return group;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that runs the group.' })
  async organisation(@Root() group: WorkingGroup, @Ctx() { loaders }: Context): Promise<Organisation> {
    return (await loaders.organisationById.load(group.organisationId))!;
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The programme the group was set up under, if any.' })
  programme(@Root() group: WorkingGroup, @Ctx() { loaders }: Context): Promise<Programme | null> | null {
    return group.programmeId == null ? null : loaders.programmeById.load(group.programmeId);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the group is described.' })
  source(@Root() group: WorkingGroup, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return group.sourceId == null ? null : loaders.sourceById.load(group.sourceId);
  }

  @FieldResolver(() => [WorkingGroupMember], {
    description:
      'The people who sit in the group, in the order they were added: never by name, which only some callers read.',
  })
  members(@Root() group: WorkingGroup, @Ctx() { loaders }: Context): Promise<WorkingGroupMember[]> {
    return loaders.membersByWorkingGroup.load(group.id);
  }
}
