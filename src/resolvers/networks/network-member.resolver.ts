import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Municipality } from '../../entities/municipality.entity';
import { NetworkMember } from '../../entities/network-member.entity';
import { Network } from '../../entities/network.entity';
import type { Context } from '../../loaders/request-context';

@Resolver(() => NetworkMember)
export class NetworkMemberResolver {
  @FieldResolver(() => Municipality, { description: 'The member municipality.' })
  async municipality(@Root() member: NetworkMember, @Ctx() { loaders }: Context): Promise<Municipality> {
    return (await loaders.municipalityById.load(member.municipalityId))!;
  }

  @FieldResolver(() => Network, { description: 'The network it is a member of.' })
  async network(@Root() member: NetworkMember, @Ctx() { loaders }: Context): Promise<Network> {
    return (await loaders.networkById.load(member.networkId))!;
  }
}
