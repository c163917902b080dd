import { Source } from '../entities/source.entity';
import type { SourceKind } from '../entities/source.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** Which sources to list; every condition given must hold. */
export interface SourceListFilter {
  kind?: SourceKind | null;
  search?: string | null;
}

/** One page of the sources that `filter` keeps, by key. */
export function listSources(reader: Reader, filter: SourceListFilter, request: PageRequest): Promise<Page<Source>> {
  return fetchPage(
    reader,
    Source,
    (query) => {
      if (filter.kind != null) query.where('t.kind', filter.kind);
      if (filter.search != null)
        whereTextContains(query, ['t.key', 't.title', 't.title_en', 't.publisher'], filter.search, 'filter.search');
    },
    withTieBreaker([{ column: 't.key', direction: 'asc' }]),
    request,
  );
}
