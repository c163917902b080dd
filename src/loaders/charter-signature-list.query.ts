import type { Knex } from '@mikro-orm/postgresql';
import { CharterSignature } from '../entities/charter-signature.entity';
import { ActionPlanAdoption, type CharterSignatureFilter } from '../resolvers/charter/charter-signature-filter.input';
import { CharterSignatureSortField, type CharterSignatureSort } from '../resolvers/charter/charter-signature-sort.input';
import type { Page } from '../schema/connection';
import { badUserInput } from '../schema/errors';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import type { Reader } from './reader';

const SORT_COLUMNS: Record<CharterSignatureSortField, string> = {
  [CharterSignatureSortField.SIGNED_ON]: 't.signed_on',
  [CharterSignatureSortField.MUNICIPALITY_NAME]: 'm.name_local',
};

/** Joins the signatory (alias `m`), which the country filter and the name sort need, and adds `filter`'s conditions. */
function applyFilter(query: Knex.QueryBuilder, filter: CharterSignatureFilter): void {
  query.join({ m: 'municipality' }, 'm.id', 't.municipality_id');
  if (filter.country != null) query.where('m.country_code', filter.country);
  if (filter.signedFrom != null) query.where('t.signed_on', '>=', filter.signedFrom);
  if (filter.signedTo != null) query.where('t.signed_on', '<=', filter.signedTo);
  if (filter.actionPlan === ActionPlanAdoption.ADOPTED) query.whereNotNull('t.action_plan_adopted_on');
  if (filter.actionPlan === ActionPlanAdoption.MISSING) query.whereNull('t.action_plan_adopted_on');
}

/** Checks the filter before any SQL runs: a reversed date range is the client's mistake, not an empty list. */
function checkFilter(filter: CharterSignatureFilter): void {
  if (filter.signedFrom != null && filter.signedTo != null && filter.signedFrom > filter.signedTo) {
    throw badUserInput('filter.signedTo', `${filter.signedTo} is before filter.signedFrom (${filter.signedFrom}).`);
  }
}

/** One page of the Charter signatures that `filter` keeps, in `sort` order. */
export function listCharterSignatures(
  reader: Reader,
  filter: CharterSignatureFilter,
  sort: CharterSignatureSort,
  request: PageRequest,
): Promise<Page<CharterSignature>> {
  checkFilter(filter);
  return fetchPage(reader, CharterSignature, (query) => applyFilter(query, filter), withTieBreaker([{ column: SORT_COLUMNS[sort.field], direction: sort.direction }]), request);
}
