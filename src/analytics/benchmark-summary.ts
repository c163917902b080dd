import { fetchRows, sql } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import type { BenchmarkRequest } from './benchmark-request';
import { withBenchmarkScores } from './benchmark-scores';

/** The figures one indicator's scores were normalised with, over the municipalities that have a value; null when none has. */
export interface BenchmarkIndicatorStatistics {
  indicatorId: number;
  weight: number;
  municipalitiesWithData: number;
  minimum: number | null;
  maximum: number | null;
  mean: number | null;
  standardDeviation: number | null;
}

/** A ranking as a whole: how many municipalities it lists and ranks, and each indicator's statistics in request order. */
export interface BenchmarkSummary {
  municipalityCount: number;
  rankedCount: number;
  indicators: BenchmarkIndicatorStatistics[];
}

/**
 * SQL columns `summary_indicators` (each indicator's statistics as JSON, in request order),
 * `municipality_count` and `ranked_count`, over the CTEs of `withBenchmarkScores`: to select
 * alone, or beside a page of the ranking in the same statement.
 */
export const SUMMARY_COLUMNS = `
  (select json_agg(s order by s.ordinal) from (
     select c.ordinal, c.indicator_id as "indicatorId", c.weight::float8 as weight, count(l.value)::int as "municipalitiesWithData",
            min(l.value)::float8 as minimum, max(l.value)::float8 as maximum,
            avg(l.value)::float8 as mean, stddev_pop(l.value)::float8 as "standardDeviation"
     from chosen c left join latest l on l.indicator_id = c.indicator_id
     group by c.ordinal, c.indicator_id, c.weight) as s) as summary_indicators,
  (select count(*) from ranked)::int as municipality_count,
  (select count(composite) from ranked)::int as ranked_count`;

/** The columns of `SUMMARY_COLUMNS` as a row holds them. */
export interface SummaryColumns {
  summary_indicators: (BenchmarkIndicatorStatistics & { ordinal?: number })[];
  municipality_count: number;
  ranked_count: number;
}

/** The summary from the columns of `SUMMARY_COLUMNS`. */
export function summaryOf(row: SummaryColumns): BenchmarkSummary {
  return {
    municipalityCount: row.municipality_count,
    rankedCount: row.ranked_count,
    indicators: row.summary_indicators.map(({ ordinal: _ordinal, ...statistics }) => statistics),
  };
}

/** Summarises a ranking in one statement, over the same values the ranking uses. */
export async function fetchBenchmarkSummary(reader: Reader, request: BenchmarkRequest): Promise<BenchmarkSummary> {
  const rows = await fetchRows<SummaryColumns>(
    reader.em,
    withBenchmarkScores(reader, request).select(sql(reader.em).raw(SUMMARY_COLUMNS)),
  );
  return summaryOf(rows[0]);
}
