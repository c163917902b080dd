import type { ExportTable } from './export-table';
import { benchmarkRanking } from './tables/benchmark-ranking';
import { charterCounts } from './tables/charter-counts';
import { observations } from './tables/observations';
import { programmeComputedFigures } from './tables/programme-computed-figures';
import { programmeResults } from './tables/programme-results';
import { seriesPoints } from './tables/series-points';

/** The tables the hub exports, by their name in `/export/{name}.{csv|xlsx}`. */
export const EXPORT_TABLES: ReadonlyMap<string, ExportTable<unknown>> = new Map(
  [benchmarkRanking, seriesPoints, charterCounts, programmeResults, programmeComputedFigures, observations].map(
    (table) => [table.name, table],
  ),
);
