import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { NetworkMember } from '../../entities/network-member.entity';
import { Network } from '../../entities/network.entity';
import { Organisation } from '../../entities/organisation.entity';
import { Programme } from '../../entities/programme.entity';
import { Source } from '../../entities/source.entity';
import { listNetworks } from '../../loaders/network-list.query';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { NetworkConnection } from './network-connection.type';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => Network)
export class NetworkResolver extends NodeResolver(Network, (network) => network.id) {
  @Query(() => NetworkConnection, { description: 'Networks of practitioners, by code, a page at a time.' })
  networks(@Args(() => PageArgs) page: PageArgs, @Ctx() { reader }: Context): Promise<Page<Network>> {
    return listNetworks(reader, toPageRequest(page));
  }

  @Query(() => Network, { description: 'The network with this code; NOT_FOUND when there is none.' })
  async network(
    @Arg('code', { description: "The network's code." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Network> {
    const network = await loaders.networkByCode.load(code);
    if (!network) throw notFound('code', code);
    return network;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that formed and runs the network.' })
  async organisation(@Root() network: Network, @Ctx() { loaders }: Context): Promise<Organisation> {
    return (await loaders.organisationById.load(network.organisationId))!;
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme the network was formed under, if any.',
  })
  programme(@Root() network: Network, @Ctx() { loaders }: Context): Promise<Programme | null> | null {
    return network.programmeId == null ? null : loaders.programmeById.load(network.programmeId);
  }

  @FieldResolver(() => [NetworkMember], {
    description:
      'The municipalities that are members of the network, with the years of their membership, in the order they were added.',
  })
  members(@Root() network: Network, @Ctx() { loaders }: Context): Promise<NetworkMember[]> {
    return loaders.membersByNetwork.load(network.id);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the network is described.' })
  source(@Root() network: Network, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return network.sourceId == null ? null : loaders.sourceById.load(network.sourceId);
  }
}
