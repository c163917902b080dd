import type { ExportTable } from '../export-table';
import { HUB_NAME, hubSource } from '../hub-source';
import { codeParameter, municipalityParameters, type MunicipalityVariables } from '../query-parameters';

/** The profile's comparison tables: each indicator year by year beside the country's median and quartiles, with its place (the operation the download runs). */
export const COMPARISONS_OPERATION = /* GraphQL */ `
  query MunicipalityComparisonsExport($country: CountryCode!, $code: String!) {
    municipality(country: $country, code: $code) {
      countryComparisons {
        indicator {
          code
          nameEn
          unit
          definition
        }
        year
        value
        lowerQuartile
        median
        upperQuartile
        rank
        municipalitiesWithValue
      }
    }
  }
`;

interface ComparisonsData {
  municipality: {
    countryComparisons: {
      indicator: { code: string; nameEn: string; unit: string; definition: string | null };
      year: number;
      value: number;
      lowerQuartile: number;
      median: number;
      upperQuartile: number;
      rank: number | null;
      municipalitiesWithValue: number;
    }[];
  };
}

interface ComparisonsVariables extends MunicipalityVariables {
  /** The one indicator whose table the download holds; all of them when absent. */
  indicator: string | null;
}

/** How the hub computes a row, as its Source column and Sources sheet say. */
function computedFrom(country: string): string {
  return `the approved ACTUAL totals of ${country}'s municipalities whose period lies inside the year (the latest if several), as far as the caller may read them; quartiles and median are continuous percentiles, the place is 1 for the best value in the indicator's direction (none for a NEUTRAL indicator)`;
}

/**
 * `/municipalities/{country}/{code}`'s tables beside the country: the municipality's value per
 * indicator and year, the country's lower quartile, median and upper quartile, its place and of how
 * many; `indicator` (a code) keeps one indicator's table, as the page links it under each.
 */
export const municipalityComparisons: ExportTable<ComparisonsVariables> = {
  name: 'municipality-comparisons',
  title: 'Beside the country',
  columns: [
    { header: 'Indicator code', type: 'text' },
    { header: 'Indicator', type: 'text' },
    { header: 'Unit', type: 'text' },
    { header: 'Year', type: 'number' },
    { header: 'Municipality value', type: 'number' },
    { header: 'Country lower quartile', type: 'number' },
    { header: 'Country median', type: 'number' },
    { header: 'Country upper quartile', type: 'number' },
    { header: 'Place in the country', type: 'number' },
    { header: 'Municipalities with a value', type: 'number' },
    { header: 'Source', type: 'text' },
  ],
  variables(query) {
    return {
      ...municipalityParameters(query),
      indicator: query.get('indicator') ? codeParameter(query, 'indicator') : null,
    };
  },
  async *pages(run, { country, code, indicator }) {
    const { municipality } = await run<ComparisonsData>(COMPARISONS_OPERATION, { country, code });
    const rows = municipality.countryComparisons.filter(
      (row) => indicator === null || row.indicator.code === indicator,
    );
    const source = `${HUB_NAME}: computed from ${computedFrom(country)}`;
    const indicators = new Map(rows.map((row) => [row.indicator.code, row.indicator]));
    yield {
      rows: rows.map((row) => [
        row.indicator.code,
        row.indicator.nameEn,
        row.indicator.unit,
        row.year,
        row.value,
        row.lowerQuartile,
        row.median,
        row.upperQuartile,
        row.rank,
        row.municipalitiesWithValue,
        source,
      ]),
      sources: [...indicators.values()].map((each) =>
        hubSource(
          `${each.code} ${each.nameEn}: municipality ${country} ${code} beside ${computedFrom(country)}. ${each.definition ?? ''}`.trim(),
        ),
      ),
    };
  },
};
