import { citedSource } from '../export-sources';
import { connectionPages, type ExportTable } from '../export-table';
import { municipalityParameters, type MunicipalityVariables } from '../query-parameters';

/** The profile's values over time (actual values, women and men apart), 100 a page through their connection. */
const VALUES = /* GraphQL */ `
  query MunicipalityValuesExport($country: CountryCode!, $code: String!, $after: String) {
    municipality(country: $country, code: $code) {
      observations(first: 100, after: $after, filter: { kind: ACTUAL }) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          indicator {
            code
            nameEn
            unit
          }
          periodStart
          periodEnd
          sex
          value
          sourceQuote
          source {
            title
            publisher
            url
            publishedYear
          }
        }
      }
    }
  }
`;

interface ValuesData {
  municipality: {
    observations: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        indicator: { code: string; nameEn: string; unit: string };
        periodStart: string;
        periodEnd: string;
        sex: string;
        value: number;
        sourceQuote: string | null;
        source: { title: string; publisher: string | null; url: string | null; publishedYear: number | null } | null;
      }[];
    };
  };
}

/** `/municipalities/{country}/{code}`'s values over time, each with its source. */
export const municipalityValues: ExportTable<MunicipalityVariables> = {
  name: 'municipality-values',
  title: 'Values',
  columns: [
    { header: 'Indicator code', type: 'text' },
    { header: 'Indicator', type: 'text' },
    { header: 'Unit', type: 'text' },
    { header: 'Period start', type: 'date' },
    { header: 'Period end', type: 'date' },
    { header: 'Sex', type: 'text' },
    { header: 'Value', type: 'number' },
    { header: 'Source', type: 'text' },
    { header: 'Source address', type: 'text' },
    { header: "Source's words", type: 'text' },
  ],
  variables: municipalityParameters,
  async *pages(run, variables) {
    for await (const nodes of connectionPages(
      run,
      VALUES,
      variables,
      (data: ValuesData) => data.municipality.observations,
    )) {
      yield {
        rows: nodes.map((value) => [
          value.indicator.code,
          value.indicator.nameEn,
          value.indicator.unit,
          value.periodStart,
          value.periodEnd,
          value.sex,
          value.value,
          value.source?.title ?? null,
          value.source?.url ?? null,
          value.sourceQuote,
        ]),
        sources: nodes.flatMap(({ source, sourceQuote }) => (source ? [citedSource(source, sourceQuote)] : [])),
      };
    }
  },
};
