import type { Knex } from '@mikro-orm/postgresql';
import { Municipality } from '../entities/municipality.entity';
import type { MunicipalityFilter } from '../resolvers/municipality-filter.input';
import { MunicipalitySortField, type MunicipalitySort } from '../resolvers/municipality-sort.input';
import type { Page } from '../schema/connection';
import { integerKeyOf } from '../schema/global-id';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

const SORT_COLUMNS: Record<MunicipalitySortField, string> = {
  [MunicipalitySortField.NAME]: 't.name_local',
  [MunicipalitySortField.CODE]: 't.code',
};

/** Adds `filter`'s conditions on municipalities (alias `t`). */
export function applyMunicipalityFilter(query: Knex.QueryBuilder, filter: MunicipalityFilter): void {
  if (filter.country != null) query.where('t.country_code', filter.country);
  if (filter.kind != null) query.where('t.kind', filter.kind);
  if (filter.charterSigned != null) {
    const signed = (sub: Knex.QueryBuilder) => sub.from({ cs: 'charter_signature' }).whereRaw('cs.municipality_id = t.id');
    if (filter.charterSigned) query.whereExists(signed);
    else query.whereNotExists(signed);
  }
  if (filter.parent != null) query.where('t.parent_id', integerKeyOf(filter.parent, 'Municipality', 'filter.parent'));
  if (filter.search != null) whereTextContains(query, ['t.code', 't.name_local', 't.name_en'], filter.search, 'filter.search');
}

/** One page of the municipalities that `filter` keeps, in `sort` order. */
export function listMunicipalities(reader: Reader, filter: MunicipalityFilter, sort: MunicipalitySort, request: PageRequest): Promise<Page<Municipality>> {
  return fetchPage(reader, Municipality, (query) => applyMunicipalityFilter(query, filter), withTieBreaker([{ column: SORT_COLUMNS[sort.field], direction: sort.direction }]), request);
}
