import { citedSource } from '../export-sources';
import type { ExportTable } from '../export-table';
import { municipalityParameters, type MunicipalityVariables } from '../query-parameters';

/** The profile's results table: each indicator's latest actual value with its source, its target and progress. */
const RESULTS = /* GraphQL */ `
  query MunicipalityResultsExport($country: CountryCode!, $code: String!) {
    municipality(country: $country, code: $code) {
      results {
        indicator {
          code
          nameEn
          unit
        }
        latestActual {
          value
          periodStart
          periodEnd
          sourceQuote
          source {
            title
            publisher
            url
            publishedYear
          }
        }
        target {
          value
        }
        progress
      }
    }
  }
`;

interface ResultsData {
  municipality: {
    results: {
      indicator: { code: string; nameEn: string; unit: string };
      latestActual: {
        value: number;
        periodStart: string;
        periodEnd: string;
        sourceQuote: string | null;
        source: { title: string; publisher: string | null; url: string | null; publishedYear: number | null } | null;
      } | null;
      target: { value: number } | null;
      progress: number | null;
    }[];
  };
}

/** `/municipalities/{country}/{code}`'s results table. */
export const municipalityResults: ExportTable<MunicipalityVariables> = {
  name: 'municipality-results',
  title: 'Results',
  columns: [
    { header: 'Indicator code', type: 'text' },
    { header: 'Indicator', type: 'text' },
    { header: 'Unit', type: 'text' },
    { header: 'Latest actual', type: 'number' },
    { header: 'Latest actual: period start', type: 'date' },
    { header: 'Latest actual: period end', type: 'date' },
    { header: 'Latest actual: source', type: 'text' },
    { header: 'Latest actual: source address', type: 'text' },
    { header: "Latest actual: source's words", type: 'text' },
    { header: 'Target', type: 'number' },
    { header: 'Progress', type: 'number' },
  ],
  variables: municipalityParameters,
  async *pages(run, variables) {
    const { municipality } = await run<ResultsData>(RESULTS, variables);
    yield {
      rows: municipality.results.map(({ indicator, latestActual, target, progress }) => [
        indicator.code,
        indicator.nameEn,
        indicator.unit,
        latestActual?.value ?? null,
        latestActual?.periodStart ?? null,
        latestActual?.periodEnd ?? null,
        latestActual?.source?.title ?? null,
        latestActual?.source?.url ?? null,
        latestActual?.sourceQuote ?? null,
        target?.value ?? null,
        progress,
      ]),
      sources: municipality.results.flatMap(({ latestActual }) => {
        const source = latestActual?.source;
        if (!latestActual || !source) return [];
        return [citedSource(source, latestActual.sourceQuote)];
      }),
    };
  },
};
