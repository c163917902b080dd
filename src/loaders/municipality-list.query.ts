import type { Knex } from '@mikro-orm/postgresql';
import type { ReadRules } from '../auth/read-rules';
import { CharterSignature } from '../entities/charter-signature.entity';
import { Municipality } from '../entities/municipality.entity';
import type { MunicipalityKind } from '../entities/municipality.entity';
import type { Page } from '../schema/connection';
import { integerKeyOf } from '../schema/global-id';
import type { PageRequest } from '../schema/page-args';
import type { SortDirection } from '../schema/sort-direction.enum';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** What municipalities can be sorted by. */
export enum MunicipalitySortField {
  NAME = 'NAME',
  CODE = 'CODE',
}

/** The order of a municipality list. */
export interface MunicipalityListSort {
  field: MunicipalitySortField;
  direction: SortDirection;
}

/** Which municipalities to list; every condition given must hold. */
export interface MunicipalityListFilter {
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  kind?: MunicipalityKind | null;
  charterSigned?: boolean | null;
  /** Region id. */
  parent?: string | null;
  search?: string | null;
}

const SORT_COLUMNS: Record<MunicipalitySortField, string> = {
  [MunicipalitySortField.NAME]: 't.name_local',
  [MunicipalitySortField.CODE]: 't.code',
};

/** Adds `filter`'s conditions on the municipalities' own columns (alias `t`). */
export function applyMunicipalityFilter(
  query: Knex.QueryBuilder,
  filter: Omit<MunicipalityListFilter, 'charterSigned'>,
): void {
  if (filter.country != null) query.where('t.country_code', filter.country);
  if (filter.kind != null) query.where('t.kind', filter.kind);
  if (filter.parent != null) query.where('t.parent_id', integerKeyOf(filter.parent, 'Municipality', 'filter.parent'));
  if (filter.search != null)
    whereTextContains(query, ['t.code', 't.name_local', 't.name_en'], filter.search, 'filter.search');
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
export function listMunicipalities(
  reader: Reader,
  filter: MunicipalityListFilter,
  sort: MunicipalityListSort,
  request: PageRequest,
): Promise<Page<Municipality>> {
  const applyFilter = (query: Knex.QueryBuilder) => {
    applyMunicipalityFilter(query, filter);
    if (filter.charterSigned != null) whereCharterSigned(query, reader.rules, filter.charterSigned);
  };
  return fetchPage(
    reader,
    Municipality,
    applyFilter,
    withTieBreaker([{ column: SORT_COLUMNS[sort.field], direction: sort.direction }]),
    request,
  );
}
