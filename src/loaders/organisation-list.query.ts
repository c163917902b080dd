import { Organisation } from '../entities/organisation.entity';
import type { OrganisationKind } from '../entities/organisation.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** Which organisations to list; every condition given must hold. */
export interface OrganisationListFilter {
  kind?: OrganisationKind | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  search?: string | null;
}

/** One page of the organisations that `filter` keeps, by English name. */
export function listOrganisations(
  reader: Reader,
  filter: OrganisationListFilter,
  request: PageRequest,
): Promise<Page<Organisation>> {
  return fetchPage(
    reader,
    Organisation,
    (query) => {
      if (filter.kind != null) query.where('t.kind', filter.kind);
      if (filter.country != null) query.where('t.country_code', filter.country);
      if (filter.search != null)
        whereTextContains(query, ['t.code', 't.acronym', 't.name_en', 't.name_local'], filter.search, 'filter.search');
    },
    withTieBreaker([{ column: 't.name_en', direction: 'asc' }]),
    request,
  );
}
