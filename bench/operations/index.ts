import type { BenchOperation } from './bench-operation';
import { benchmarkRanking } from './benchmark-ranking';
import { deepPage } from './deep-page';
import { funderDashboard } from './funder-dashboard';
import { municipalityProfile } from './municipality-profile';
import { sexSeries } from './sex-series';
import { FIRST_YEAR, LAST_YEAR } from '../synthetic-dataset';

/** The benchmark's operations, over names and codes every generated dataset has. */
export function benchOperations(): BenchOperation[] {
  return [
    funderDashboard('SYN_FUNDER_01'),
    municipalityProfile('SE', '0003'),
    benchmarkRanking('SE', 2020),
    sexSeries('SYN_IND_001', FIRST_YEAR, LAST_YEAR),
    deepPage(50),
  ];
}
