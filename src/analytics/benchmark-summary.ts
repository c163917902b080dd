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

interface SummaryRow {
  indicator_id: number;
  weight: number;
  with_data: number;
  minimum: number | null;
  maximum: number | null;
  mean: number | null;
  standard_deviation: number | null;
  municipality_count: number;
  ranked_count: number;
}

/** Summarises a ranking in one statement, over the same values the ranking uses. */
export async function summariseBenchmark(reader: Reader, request: BenchmarkRequest): Promise<BenchmarkSummary> {
  const knex = sql(reader.em);
  const query = withBenchmarkScores(reader, request)
    .select(knex.raw(`
      c.indicator_id, c.weight::float8 as weight, count(l.value)::int as with_data,
      min(l.value)::float8 as minimum, max(l.value)::float8 as maximum,
      avg(l.value)::float8 as mean, stddev_pop(l.value)::float8 as standard_deviation,
      (select count(*) from ranked)::int as municipality_count,
      (select count(composite) from ranked)::int as ranked_count`))
    .from(knex.raw('chosen c left join latest l on l.indicator_id = c.indicator_id'))
    .groupBy('c.ordinal', 'c.indicator_id', 'c.weight')
    .orderBy('c.ordinal');
  const rows = await fetchRows<SummaryRow>(reader.em, query);
  return {
    municipalityCount: rows[0]?.municipality_count ?? 0,
    rankedCount: rows[0]?.ranked_count ?? 0,
    indicators: rows.map((row) => ({
      indicatorId: row.indicator_id,
      weight: row.weight,
      municipalitiesWithData: row.with_data,
      minimum: row.minimum,
      maximum: row.maximum,
      mean: row.mean,
      standardDeviation: row.standard_deviation,
    })),
  };
}
