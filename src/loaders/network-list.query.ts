import { Network } from '../entities/network.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import type { Reader } from './reader';

/** One page of all networks, by code. */
export function listNetworks(reader: Reader, request: PageRequest): Promise<Page<Network>> {
  return fetchPage(reader, Network, () => {}, withTieBreaker([{ column: 't.code', direction: 'asc' }]), request);
}
