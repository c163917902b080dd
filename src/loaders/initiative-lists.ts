import type DataLoader from 'dataloader';
import { Initiative } from '../entities/initiative.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { whereInvolvesMunicipality } from './initiatives-involving';
import type { Loaders } from './loaders';

const BY_CODE = [
  { column: 't.code', direction: 'asc' as const },
  { column: 't.id', direction: 'asc' as const },
];

/** Pages of a programme's initiatives, by code. */
export function initiativesOfProgramme(loaders: Loaders, request: PageRequest): DataLoader<number, Page<Initiative>> {
  return loaders.childPage<Initiative, number>('initiativesOfProgramme', request, () => ({
    entity: Initiative,
    parentKeyType: 'int',
    restrict: (query, parentKey) => query.where('t.programme_id', parentKey),
    sortKeys: BY_CODE,
  }));
}

/** Pages of the initiatives a municipality takes part in or leads, by code: the same as `initiatives(filter: { municipality })`. */
export function initiativesOfMunicipality(
  loaders: Loaders,
  request: PageRequest,
): DataLoader<number, Page<Initiative>> {
  return loaders.childPage<Initiative, number>('initiativesOfMunicipality', request, () => ({
    entity: Initiative,
    parentKeyType: 'int',
    restrict: (query, parentKey) => whereInvolvesMunicipality(query, parentKey),
    sortKeys: BY_CODE,
  }));
}
