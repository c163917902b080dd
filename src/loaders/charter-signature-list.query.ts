import type { Knex } from '@mikro-orm/postgresql';
import { CharterSignature } from '../entities/charter-signature.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import type { SortDirection } from '../schema/sort-direction.enum';
import { fetchPage, withTieBreaker } from './page';
import type { Reader } from './reader';
import { checkRange } from '../schema/date-range';

/** Whether a signatory has adopted its Equality Action Plan, as a list filter. */
export enum ActionPlanAdoption {
  ADOPTED = 'ADOPTED',
  MISSING = 'MISSING',
}

/** What Charter signatures can be sorted by. */
export enum CharterSignatureSortField {
  SIGNED_ON = 'SIGNED_ON',
  MUNICIPALITY_NAME = 'MUNICIPALITY_NAME',
}

/** Which Charter signatures to list; every condition given must hold. */
export interface CharterSignatureListFilter {
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  /** YYYY-MM-DD, inclusive. */
  signedFrom?: string | null;
  /** YYYY-MM-DD, inclusive. */
  signedTo?: string | null;
  actionPlan?: ActionPlanAdoption | null;
}

/** The order of a Charter signature list. */
export interface CharterSignatureListSort {
  field: CharterSignatureSortField;
  direction: SortDirection;
}

const SORT_COLUMNS: Record<CharterSignatureSortField, string> = {
  [CharterSignatureSortField.SIGNED_ON]: 't.signed_on',
  [CharterSignatureSortField.MUNICIPALITY_NAME]: 'm.name_local',
};

/** Joins the signatory (alias `m`), which the country filter and the name sort need, and adds `filter`'s conditions. */
function applyFilter(query: Knex.QueryBuilder, filter: CharterSignatureListFilter): void {
  query.join({ m: 'municipality' }, 'm.id', 't.municipality_id');
  if (filter.country != null) query.where('m.country_code', filter.country);
  if (filter.signedFrom != null) query.where('t.signed_on', '>=', filter.signedFrom);
  if (filter.signedTo != null) query.where('t.signed_on', '<=', filter.signedTo);
  if (filter.actionPlan === ActionPlanAdoption.ADOPTED) query.whereNotNull('t.action_plan_adopted_on');
  if (filter.actionPlan === ActionPlanAdoption.MISSING) query.whereNull('t.action_plan_adopted_on');
}

/** Checks the filter before any SQL runs: a reversed date range is the client's mistake, not an empty list. */
function checkFilter(filter: CharterSignatureListFilter): void {
  checkRange(filter.signedFrom, filter.signedTo, 'signedFrom', 'filter.signedTo');
}

/** One page of the Charter signatures that `filter` keeps, in `sort` order. */
export function listCharterSignatures(
  reader: Reader,
  filter: CharterSignatureListFilter,
  sort: CharterSignatureListSort,
  request: PageRequest,
): Promise<Page<CharterSignature>> {
  checkFilter(filter);
  return fetchPage(
    reader,
    CharterSignature,
    (query) => applyFilter(query, filter),
    withTieBreaker([{ column: SORT_COLUMNS[sort.field], direction: sort.direction }]),
    request,
  );
}
