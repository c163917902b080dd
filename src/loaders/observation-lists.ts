import type DataLoader from 'dataloader';
import { Observation } from '../entities/observation.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import type { Loaders } from './loaders';
import { applyObservationFilter, OBSERVATION_ORDER, type ObservationListFilter } from './observation-filter';
import { fetchPage } from './page';
import type { Reader } from './reader';
import type { ScopeColumn } from '../entities/observation-scope-types';

/** One page of all observations that `filter` keeps. */
export function listObservations(
  reader: Reader,
  filter: ObservationListFilter,
  request: PageRequest,
): Promise<Page<Observation>> {
  return fetchPage(
    reader,
    Observation,
    (query) => applyObservationFilter(query, filter, 'filter'),
    OBSERVATION_ORDER,
    request,
  );
}

/** The owner an observation list hangs from: the observation column holding its key. */
export type ObservationOwner = 'indicator_id' | Exclude<ScopeColumn, 'activity_id'>;

/** Pages of observations per owner (an indicator, or a scope), one statement for all owners. */
export function observationsOf<K extends string | number>(
  loaders: Loaders,
  owner: ObservationOwner,
  filter: ObservationListFilter,
  request: PageRequest,
): DataLoader<K, Page<Observation>> {
  return loaders.childPage<Observation, K>(`observationsOf:${owner}:${JSON.stringify(filter)}`, request, () => ({
    entity: Observation,
    parentKeyType: owner === 'country_code' ? 'text' : 'int',
    restrict: (query, parentKey) => {
      query.where(`t.${owner}`, parentKey);
      applyObservationFilter(query, filter, 'filter');
    },
    sortKeys: OBSERVATION_ORDER,
  }));
}
