import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingGroup } from '../entities/working-group.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';

/** One page of all working groups, by code. */
export function listWorkingGroups(em: EntityManager, request: PageRequest): Promise<Page<WorkingGroup>> {
  return fetchPage(em, WorkingGroup, () => {}, withTieBreaker([{ column: 't.code', direction: 'asc' }]), request);
}
