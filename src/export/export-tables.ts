import type { ExportTable } from './export-table';
import { benchmarkRanking } from './tables/benchmark-ranking';
import { charterCounts } from './tables/charter-counts';
import { municipalityComparisons } from './tables/municipality-comparisons';
import { municipalityInitiatives } from './tables/municipality-initiatives';
import { municipalityProgrammes } from './tables/municipality-programmes';
import { municipalityResults } from './tables/municipality-results';
import { municipalityValues } from './tables/municipality-values';
import { observations } from './tables/observations';
import { programmeComputedFigures } from './tables/programme-computed-figures';
import { programmeFunders } from './tables/programme-funders';
import { programmeImplementers } from './tables/programme-implementers';
import { programmeMunicipalities } from './tables/programme-municipalities';
import { programmeResults } from './tables/programme-results';
import { programmeValues } from './tables/programme-values';
import { seriesPoints } from './tables/series-points';

/** The tables the hub exports, by their name in `/export/{name}.{csv|xlsx}`. */
export const EXPORT_TABLES: ReadonlyMap<string, ExportTable<unknown>> = new Map(
  [
    benchmarkRanking,
    seriesPoints,
    charterCounts,
    programmeResults,
    programmeComputedFigures,
    programmeFunders,
    programmeImplementers,
    programmeMunicipalities,
    programmeValues,
    municipalityProgrammes,
    municipalityInitiatives,
    municipalityResults,
    municipalityValues,
    municipalityComparisons,
    observations,
  ].map((table) => [table.name, table as ExportTable<unknown>]),
);
