import { Organisation } from '../entities/organisation.entity';
import type { OrganisationFilter } from '../resolvers/organisations/organisation-filter.input';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** One page of the organisations that `filter` keeps, by English name. */
export function listOrganisations(reader: Reader, filter: OrganisationFilter, request: PageRequest): Promise<Page<Organisation>> {
  return fetchPage(reader, Organisation, (query) => {
    if (filter.kind != null) query.where('t.kind', filter.kind);
    if (filter.country != null) query.where('t.country_code', filter.country);
    if (filter.search != null) whereTextContains(query, ['t.code', 't.acronym', 't.name_en', 't.name_local'], filter.search, 'filter.search');
  }, withTieBreaker([{ column: 't.name_en', direction: 'asc' }]), request);
}
