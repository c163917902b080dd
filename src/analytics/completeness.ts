import { fetchRows, sql } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { withCompletenessCells, type CompletenessScopeKind } from './completeness-cells';
import type { CompletenessRequest } from './completeness-request';
import { withPageBounds } from '../loaders/page-bounds';

/** Expected and present cells of a scope, an indicator or a whole request. */
export interface CompletenessCounts {
  expectedCount: number;
  presentCount: number;
}

/** One indicator's counts over every scope and period of a request. */
export interface IndicatorCompletenessRow extends CompletenessCounts {
  indicatorId: number;
}

/** One scope's counts. */
export interface ScopeCompletenessRow extends CompletenessCounts {
  scopeKind: CompletenessScopeKind;
  scopeId: number;
}

/** A whole request's counts, and each indicator's in request order. */
export interface CompletenessSummary extends CompletenessCounts {
  scopeCount: number;
  indicators: IndicatorCompletenessRow[];
}

interface SummaryRow {
  indicator_id: number;
  expected: number;
  present: number;
  scope_count: number;
}

/** Summarises a request in one statement: per indicator, and (added up) in total. */
export async function summariseCompleteness(
  reader: Reader,
  request: CompletenessRequest,
): Promise<CompletenessSummary> {
  const knex = sql(reader.em);
  const query = withCompletenessCells(reader, request)
    .select(
      knex.raw(`
      ch.indicator_id, count(c.scope_id)::int as expected, (count(*) filter (where c.present))::int as present,
      (select count(*) from scopes)::int as scope_count`),
    )
    .from(knex.raw('chosen ch left join cells c on c.ordinal = ch.ordinal'))
    .groupBy('ch.ordinal', 'ch.indicator_id')
    .orderBy('ch.ordinal');
  const rows = await fetchRows<SummaryRow>(reader.em, query);
  const indicators = rows.map((row) => ({
    indicatorId: row.indicator_id,
    expectedCount: row.expected,
    presentCount: row.present,
  }));
  return {
    scopeCount: rows[0]?.scope_count ?? 0,
    expectedCount: indicators.reduce((total, row) => total + row.expectedCount, 0),
    presentCount: indicators.reduce((total, row) => total + row.presentCount, 0),
    indicators,
  };
}

interface ScopeRow {
  total: number;
  first_position: number;
  scope_kind: CompletenessScopeKind | null;
  scope_id: number | null;
  expected: number | null;
  present: number | null;
}

/**
 * One page of a request's scopes, least complete first, in one statement: the page's window of
 * positions is worked out in SQL (from the end too, which needs the total), so the statement also
 * answers the total and a page past the end still returns one row to read it from. `toItem`
 * makes each scope's row the page's item.
 */
export async function pageCompletenessScopes<T>(
  reader: Reader,
  request: CompletenessRequest,
  page: PageRequest,
  toItem: (row: ScopeCompletenessRow) => T,
): Promise<Page<T>> {
  const knex = sql(reader.em);
  const query = withPageBounds(knex, withCompletenessCells(reader, request), page)
    .select(knex.raw('b.total, b.lo as first_position, r.scope_kind, r.scope_id, r.expected, r.present'))
    .from(knex.raw('bounds b left join ranked r on r.position >= b.lo and r.position < b.hi'))
    .orderBy('r.position');

  const rows = await fetchRows<ScopeRow>(reader.em, query);
  const { total, first_position: firstPosition } = rows[0];
  const scopes = rows
    .filter((row) => row.scope_id !== null)
    .map((row) =>
      toItem({
        scopeKind: row.scope_kind!,
        scopeId: row.scope_id!,
        expectedCount: row.expected!,
        presentCount: row.present!,
      }),
    );
  const hasNextPage = page.end != null || (!page.fromEnd && firstPosition + scopes.length < total);
  return new Page(scopes, firstPosition, { hasNextPage, hasPreviousPage: firstPosition > 0 }, () => total);
}
