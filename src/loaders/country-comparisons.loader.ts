import DataLoader from 'dataloader';
import { loadCountryComparisons, type CountryComparisonRow } from '../analytics/country-comparisons';
import { groupByKey } from './rows-by-foreign-key.loader';
import type { Reader } from './reader';

/** Each municipality's values beside its country's, by municipality id: one statement for a batch of municipalities. */
export function createCountryComparisonsLoader(reader: Reader): DataLoader<number, CountryComparisonRow[]> {
  return new DataLoader<number, CountryComparisonRow[]>(async (municipalityIds) =>
    groupByKey(municipalityIds, await loadCountryComparisons(reader, municipalityIds), (row) => row.municipalityId),
  );
}
