import type { EntityManager } from '@mikro-orm/postgresql';
import { Network } from '../entities/network.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';

/** One page of all networks, by code. */
export function listNetworks(em: EntityManager, request: PageRequest): Promise<Page<Network>> {
  return fetchPage(em, Network, () => {}, withTieBreaker([{ column: 't.code', direction: 'asc' }]), request);
}
