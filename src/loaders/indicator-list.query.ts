import { Indicator } from '../entities/indicator.entity';
import type { IndicatorFilter } from '../resolvers/indicators/indicator-filter.input';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** One page of the indicators that `filter` keeps, by code. */
export function listIndicators(reader: Reader, filter: IndicatorFilter, request: PageRequest): Promise<Page<Indicator>> {
  return fetchPage(reader, Indicator, (query) => {
    if (filter.level != null) query.where('t.level', filter.level);
    if (filter.unit != null) query.where('t.unit', filter.unit);
    if (filter.search != null) whereTextContains(query, ['t.code', 't.name_en'], filter.search, 'filter.search');
  }, withTieBreaker([{ column: 't.code', direction: 'asc' }]), request);
}
