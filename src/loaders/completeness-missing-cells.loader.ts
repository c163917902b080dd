import DataLoader from 'dataloader';
import { withCompletenessCells, type CompletenessScopeKey } from '../analytics/completeness-cells';
import type { CompletenessRequest } from '../analytics/completeness-request';
import type { Sex } from '../entities/sex.enum';
import { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import { fetchRows, sql } from './plain-rows';
import type { Reader } from './reader';

/** One expected cell without a value: which indicator, period and sex cell. */
export interface MissingCellRow {
  indicatorId: number;
  periodStart: string;
  periodEnd: string;
  sex: Sex;
}

/** A scope whose missing cells are asked for, with how many it has (its counts are known from its page). */
export interface MissingCellsKey extends CompletenessScopeKey {
  missingCount: number;
}

interface CellRow {
  scope_kind: string;
  scope_id: number;
  indicator_id: number;
  period_start: string;
  period_end: string;
  sex: Sex;
}

const keyOf = (key: CompletenessScopeKey) => `${key.scopeKind}:${key.scopeId}`;

/** The window of positions `page` takes from a list of `total` items, as `Page` and the query need it. */
function windowOf(page: PageRequest, total: number): { lo: number; hi: number } {
  const stop = Math.min(page.end ?? total, total);
  if (page.fromEnd) return { lo: Math.max(page.start, stop - page.size), hi: stop };
  return { lo: page.start, hi: Math.min(page.start + page.size, stop) };
}

/**
 * One page (the same page request for every key) of the missing cells of each scope of one
 * completeness request, in one statement a batch, by indicator in request order, then period, then
 * sex (TOTAL, FEMALE, MALE). Scopes whose window is empty are left out of the statement, and a
 * batch of only those runs none.
 */
export function createCompletenessMissingCellsLoader(
  reader: Reader,
  request: CompletenessRequest,
  page: PageRequest,
): DataLoader<MissingCellsKey, Page<MissingCellRow>, string> {
  return new DataLoader<MissingCellsKey, Page<MissingCellRow>, string>(
    async (keys) => {
      const windows = keys.map((key) => ({ key, ...windowOf(page, key.missingCount) }));
      const asked = windows.filter((window) => window.lo < window.hi);
      const byScope = new Map<string, MissingCellRow[]>();
      if (asked.length > 0) {
        const knex = sql(reader.em);
        const query = withCompletenessCells(
          reader,
          request,
          asked.map(({ key }) => key),
        )
          .with(
            'windows',
            knex.raw(
              `select * from (values ${asked.map(() => '(?::text, ?::int, ?::int, ?::int)').join(', ')}) as w (scope_kind, scope_id, lo, hi)`,
              asked.flatMap(({ key, lo, hi }) => [key.scopeKind, key.scopeId, lo, hi]),
            ),
          )
          .with(
            'missing',
            knex.raw(`
            select c.*, (row_number() over (partition by c.scope_kind, c.scope_id order by c.ordinal, c.period_start, c.sex_order) - 1)::int as position
              from cells c where not c.present`),
          )
          .select(
            knex.raw(`m.scope_kind, m.scope_id, m.indicator_id, to_char(m.period_start, 'YYYY-MM-DD') as period_start,
                            to_char(m.period_end, 'YYYY-MM-DD') as period_end, m.sex`),
          )
          .from(
            knex.raw(
              'missing m join windows w on w.scope_kind = m.scope_kind and w.scope_id = m.scope_id and m.position >= w.lo and m.position < w.hi',
            ),
          )
          .orderBy(['m.scope_kind', 'm.scope_id', 'm.position']);
        for (const row of await fetchRows<CellRow>(reader.em, query)) {
          const key = `${row.scope_kind}:${row.scope_id}`;
          const cells = byScope.get(key) ?? [];
          cells.push({
            indicatorId: row.indicator_id,
            periodStart: row.period_start,
            periodEnd: row.period_end,
            sex: row.sex,
          });
          byScope.set(key, cells);
        }
      }
      return windows.map(({ key, lo }) => {
        const cells = byScope.get(keyOf(key)) ?? [];
        const hasNextPage = page.end != null || (!page.fromEnd && lo + cells.length < key.missingCount);
        return new Page(cells, lo, { hasNextPage, hasPreviousPage: lo > 0 }, () => key.missingCount);
      });
    },
    { cacheKeyFn: keyOf },
  );
}
