import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MEMBER_NAME } from '../../auth/field-rules';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import { WorkingGroupMember } from '../../entities/working-group-member.entity';
import { WorkingGroup } from '../../entities/working-group.entity';
import type { Context } from '../../loaders/request-context';
import { forbidden } from '../../schema/errors';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => WorkingGroupMember)
export class WorkingGroupMemberResolver extends NodeResolver(WorkingGroupMember, (member) => member.id) {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Full name: personal data, FORBIDDEN except to tokens of the organisation that runs the group.',
  })
  async name(@Root() member: WorkingGroupMember, @Ctx() { viewer, loaders }: Context): Promise<string> {
    if (!(await MEMBER_NAME.reads(viewer, loaders, member))) throw forbidden(MEMBER_NAME.refusal(member));
    return member.name;
  }

  @FieldResolver(() => WorkingGroup, { description: 'The group the member sits in.' })
  async workingGroup(@Root() member: WorkingGroupMember, @Ctx() { loaders }: Context): Promise<WorkingGroup> {
    return (await loaders.workingGroupById.load(member.workingGroupId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the member represents, if any.' })
  organisation(@Root() member: WorkingGroupMember, @Ctx() { loaders }: Context): Promise<Organisation | null> | null {
    return member.organisationId == null ? null : loaders.organisationById.load(member.organisationId);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality the member represents, if any.' })
  municipality(@Root() member: WorkingGroupMember, @Ctx() { loaders }: Context): Promise<Municipality | null> | null {
    return member.municipalityId == null ? null : loaders.municipalityById.load(member.municipalityId);
  }
}
