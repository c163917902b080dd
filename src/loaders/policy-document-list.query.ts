import { PolicyDocument } from '../entities/policy-document.entity';
import type { PolicyDocumentKind } from '../entities/policy-document.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchPage, withTieBreaker } from './page';
import type { Reader } from './reader';

/** Which policy documents to list; every condition given must hold. */
export interface PolicyDocumentListFilter {
  /** Organisation code. */
  organisation?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  kind?: PolicyDocumentKind | null;
}

/** One page of the policy documents that `filter` keeps, by code; an unknown organisation code keeps none. */
export function listPolicyDocuments(
  reader: Reader,
  filter: PolicyDocumentListFilter,
  request: PageRequest,
): Promise<Page<PolicyDocument>> {
  return fetchPage(
    reader,
    PolicyDocument,
    (query) => {
      if (filter.organisation != null)
        query.whereIn('t.organisation_id', (sub) =>
          sub.select('id').from('organisation').where('code', filter.organisation!),
        );
      if (filter.country != null) query.where('t.country_code', filter.country);
      if (filter.kind != null) query.where('t.kind', filter.kind);
    },
    withTieBreaker([{ column: 't.code', direction: 'asc' }]),
    request,
  );
}
