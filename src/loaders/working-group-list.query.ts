import { WorkingGroup } from '../entities/working-group.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import type { Reader } from './reader';

/** One page of all working groups, by code. */
export function listWorkingGroups(reader: Reader, request: PageRequest): Promise<Page<WorkingGroup>> {
  return fetchPage(reader, WorkingGroup, () => {}, withTieBreaker([{ column: 't.code', direction: 'asc' }]), request);
}
