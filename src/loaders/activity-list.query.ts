import { Activity } from '../entities/activity.entity';
import type { ActivityKind } from '../entities/activity.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import type { Reader } from './reader';

/** Which activities to list; every condition given must hold. */
export interface ActivityListFilter {
  /** Programme code. */
  programme?: string | null;
  kind?: ActivityKind | null;
  /** Provider organisation code. */
  provider?: string | null;
}

/** One page of the activities that `filter` keeps, by code; an unknown programme or provider code keeps none. */
export function listActivities(
  reader: Reader,
  filter: ActivityListFilter,
  request: PageRequest,
): Promise<Page<Activity>> {
  return fetchPage(
    reader,
    Activity,
    (query) => {
      if (filter.programme != null)
        query.whereIn('t.programme_id', (sub) => sub.select('id').from('programme').where('code', filter.programme!));
      if (filter.kind != null) query.where('t.kind', filter.kind);
      if (filter.provider != null)
        query.whereIn('t.provider_id', (sub) => sub.select('id').from('organisation').where('code', filter.provider!));
    },
    withTieBreaker([{ column: 't.code', direction: 'asc' }]),
    request,
  );
}
