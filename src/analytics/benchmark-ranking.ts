import { fetchRows, sql } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import type { BenchmarkRequest } from './benchmark-request';
import { withBenchmarkScores } from './benchmark-scores';
import { SUMMARY_COLUMNS, summaryOf, type BenchmarkSummary, type SummaryColumns } from './benchmark-summary';
import { withPageBounds } from '../loaders/page-bounds';

/** One indicator's part in one municipality's composite; value, score and observation are null when the value is missing. */
export interface BenchmarkScore {
  indicatorId: number;
  weight: number;
  observationId: number | null;
  value: number | null;
  score: number | null;
}

/** One municipality's place in a ranking. */
export interface BenchmarkEntry {
  municipalityId: number;
  rank: number | null;
  percentile: number | null;
  composite: number | null;
  coverage: { available: number; requested: number };
  scores: BenchmarkScore[];
}

interface EntryRow extends Partial<SummaryColumns> {
  total: number;
  first_position: number;
  municipality_id: number | null;
  rank: number | null;
  percentile: number | null;
  composite: number | null;
  available: number | null;
  scores: BenchmarkScore[] | null;
}

/**
 * One page of a ranking, in one statement: the page's window of positions is worked out in SQL
 * (from the end too, which needs the total), so the statement also answers the total and a page
 * past the end still returns one row to read it from. With `withSummary`, the same statement
 * also summarises the ranking, over the same CTEs.
 */
export async function fetchRankingPage(
  reader: Reader,
  request: BenchmarkRequest,
  page: PageRequest,
  withSummary: boolean,
): Promise<{ page: Page<BenchmarkEntry>; summary?: BenchmarkSummary }> {
  const knex = sql(reader.em);
  const query = withPageBounds(knex, withBenchmarkScores(reader, request), page)
    .with('page', knex.raw('select r.* from ranked r join bounds b on r.position >= b.lo and r.position < b.hi'))
    .with(
      'page_scores',
      knex.raw(`
      select p.municipality_id,
             json_agg(json_build_object(
               'indicatorId', c.indicator_id, 'weight', c.weight::float8, 'observationId', s.observation_id,
               'value', s.value::float8, 'score', s.score::float8) order by c.ordinal) as scores
      from page p cross join chosen c
      left join scored s on s.municipality_id = p.municipality_id and s.indicator_id = c.indicator_id
      group by p.municipality_id`),
    )
    .select(
      knex.raw(
        `b.total, b.lo as first_position, p.municipality_id, p.rank, p.percentile, p.composite::float8 as composite, p.available, ps.scores${withSummary ? `, ${SUMMARY_COLUMNS}` : ''}`,
      ),
    )
    .from(
      knex.raw('bounds b left join page p on true left join page_scores ps on ps.municipality_id = p.municipality_id'),
    )
    .orderBy('p.position');

  const rows = await fetchRows<EntryRow>(reader.em, query);
  const { total, first_position: firstPosition } = rows[0];
  const requested = request.indicators.length;
  const entries = rows
    .filter((row) => row.municipality_id !== null)
    .map((row): BenchmarkEntry => ({
      municipalityId: row.municipality_id!,
      rank: row.rank,
      percentile: row.percentile,
      composite: row.composite,
      coverage: { available: row.available!, requested },
      scores: row.scores!,
    }));
  const hasNextPage = page.end != null || (!page.fromEnd && firstPosition + entries.length < total);
  return {
    page: new Page(entries, firstPosition, { hasNextPage, hasPreviousPage: firstPosition > 0 }, () => total),
    summary: withSummary ? summaryOf(rows[0] as SummaryColumns) : undefined,
  };
}
