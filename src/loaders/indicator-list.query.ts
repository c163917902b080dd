import { Indicator } from '../entities/indicator.entity';
import type { IndicatorLevel, IndicatorUnit } from '../entities/indicator.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** Which indicators to list; every condition given must hold. */
export interface IndicatorListFilter {
  level?: IndicatorLevel | null;
  unit?: IndicatorUnit | null;
  search?: string | null;
}

/** One page of the indicators that `filter` keeps, by code. */
export function listIndicators(
  reader: Reader,
  filter: IndicatorListFilter,
  request: PageRequest,
): Promise<Page<Indicator>> {
  return fetchPage(
    reader,
    Indicator,
    (query) => {
      if (filter.level != null) query.where('t.level', filter.level);
      if (filter.unit != null) query.where('t.unit', filter.unit);
      if (filter.search != null) whereTextContains(query, ['t.code', 't.name_en'], filter.search, 'filter.search');
    },
    withTieBreaker([{ column: 't.code', direction: 'asc' }]),
    request,
  );
}
