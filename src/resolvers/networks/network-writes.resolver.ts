import { Network } from '../../entities/network.entity';
import { networkMembersLinks } from '../../writes/network.links';
import { networkSpec } from '../../writes/network.writes';
import { linkSetWriteResolver } from '../record-writes/link-set-write.resolver';
import { recordWriteResolver } from '../record-writes/record-write.resolver';
import { NetworkInput, NetworkMemberInput } from './network.input';

/** createNetwork, updateNetwork, archiveNetwork, setNetworkMembers. */
export const NetworkWritesResolvers = [
  recordWriteResolver(networkSpec, NetworkInput),
  linkSetWriteResolver(
    networkMembersLinks,
    Network,
    { input: NetworkMemberInput },
    'the municipalities that are members of a network, with the years of their membership',
  ),
];
