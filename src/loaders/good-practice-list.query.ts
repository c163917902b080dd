import { GoodPractice } from '../entities/good-practice.entity';
import type { LocalGovernmentRole, PracticeArea } from '../entities/good-practice.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import type { Reader } from './reader';

/** Which good practices to list; every condition given must hold. */
export interface GoodPracticeListFilter {
  area?: PracticeArea | null;
  role?: LocalGovernmentRole | null;
  /** Programme code. */
  programme?: string | null;
}

/** One page of the good practices that `filter` keeps, by code; an unknown programme code keeps none. */
export function listGoodPractices(
  reader: Reader,
  filter: GoodPracticeListFilter,
  request: PageRequest,
): Promise<Page<GoodPractice>> {
  return fetchPage(
    reader,
    GoodPractice,
    (query) => {
      // `@>` (array contains) rather than `= any(...)`, so a GIN index on the array columns can serve it.
      if (filter.area != null) query.whereRaw('t.areas @> array[?]::text[]', [filter.area]);
      if (filter.role != null) query.whereRaw('t.roles @> array[?]::text[]', [filter.role]);
      if (filter.programme != null)
        query.whereIn('t.programme_id', (sub) => sub.select('id').from('programme').where('code', filter.programme!));
    },
    withTieBreaker([{ column: 't.code', direction: 'asc' }]),
    request,
  );
}
