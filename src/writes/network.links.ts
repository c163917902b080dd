import { NetworkMember } from '../entities/network-member.entity';
import type { LinkSetSpec } from './link-set-spec';
import { networkSpec } from './network.writes';

/** A member municipality of a network as a write names it. */
export interface NetworkMemberFields {
  municipality: string;
  fromYear?: number | null;
  toYear?: number | null;
}

/** The municipalities that are members of a network, with the years of their membership: ADMIN tokens only, as for the network. */
export const networkMembersLinks: LinkSetSpec<NetworkMemberFields> = {
  owner: networkSpec,
  ownerColumn: 'network_id',
  field: 'members',
  link: NetworkMember,
  target: { field: 'municipality', typeName: 'Municipality', column: 'municipality_id' },
  references: [],
  columns: (item) => ({ from_year: item.fromYear ?? null, to_year: item.toYear ?? null }),
  maxItems: 2_000,
};
