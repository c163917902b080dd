import type { Knex } from '@mikro-orm/postgresql';
import type { ReadRules } from '../auth/read-rules';
import { CharterSignature } from '../entities/charter-signature.entity';
import { Municipality } from '../entities/municipality.entity';
import type { MunicipalityFilter } from '../resolvers/municipalities/municipality-filter.input';
import { MunicipalitySortField, type MunicipalitySort } from '../resolvers/municipalities/municipality-sort.input';
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

/** Adds `filter`'s conditions on the municipalities' own columns (alias `t`). */
export function applyMunicipalityFilter(query: Knex.QueryBuilder, filter: Omit<MunicipalityFilter, 'charterSigned'>): void {
  if (filter.country != null) query.where('t.country_code', filter.country);
  if (filter.kind != null) query.where('t.kind', filter.kind);
  if (filter.parent != null) query.where('t.parent_id', integerKeyOf(filter.parent, 'Municipality', 'filter.parent'));
  if (filter.search != null) whereTextContains(query, ['t.code', 't.name_local', 't.name_en'], filter.search, 'filter.search');
}

/** Keeps the municipalities (alias `t`) with a Charter signature the viewer may read (an archived one is withdrawn), or those without. */
function whereCharterSigned(query: Knex.QueryBuilder, rules: ReadRules, signed: boolean): void {
  const signature = (sub: Knex.QueryBuilder) => {
    sub.from({ cs: 'charter_signature' }).whereRaw('cs.municipality_id = t.id');
    rules.restrict(CharterSignature, sub, 'cs');
  };
  if (signed) query.whereExists(signature);
  else query.whereNotExists(signature);
}

/** One page of the municipalities that `filter` keeps, in `sort` order. */
export function listMunicipalities(reader: Reader, filter: MunicipalityFilter, sort: MunicipalitySort, request: PageRequest): Promise<Page<Municipality>> {
  const applyFilter = (query: Knex.QueryBuilder) => {
    applyMunicipalityFilter(query, filter);
    if (filter.charterSigned != null) whereCharterSigned(query, reader.rules, filter.charterSigned);
  };
  return fetchPage(reader, Municipality, applyFilter, withTieBreaker([{ column: SORT_COLUMNS[sort.field], direction: sort.direction }]), request);
}
