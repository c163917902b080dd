import { citedSource } from '../export-sources';
import { connectionPages, type ExportTable } from '../export-table';
import { codeParameter } from '../query-parameters';

/** The report's values over time (baselines, targets and actuals, women and men apart), 100 a page through their connection. */
const VALUES = /* GraphQL */ `
  query ProgrammeValuesExport($code: String!, $after: String) {
    programme(code: $code) {
      observations(first: 100, after: $after) {
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
          kind
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
  programme: {
    observations: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        indicator: { code: string; nameEn: string; unit: string };
        kind: string;
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

/** `/programmes/{code}`'s values over time (the tables beside its charts), each with its source. */
export const programmeValues: ExportTable<{ code: string }> = {
  name: 'programme-values',
  title: 'Values',
  columns: [
    { header: 'Indicator code', type: 'text' },
    { header: 'Indicator', type: 'text' },
    { header: 'Unit', type: 'text' },
    { header: 'Kind', type: 'text' },
    { header: 'Period start', type: 'date' },
    { header: 'Period end', type: 'date' },
    { header: 'Sex', type: 'text' },
    { header: 'Value', type: 'number' },
    { header: 'Source', type: 'text' },
    { header: 'Source address', type: 'text' },
    { header: "Source's words", type: 'text' },
  ],
  variables: (query) => ({ code: codeParameter(query, 'code') }),
  async *pages(run, variables) {
    for await (const nodes of connectionPages(
      run,
      VALUES,
      variables,
      (data: ValuesData) => data.programme.observations,
    )) {
      yield {
        rows: nodes.map((value) => [
          value.indicator.code,
          value.indicator.nameEn,
          value.indicator.unit,
          value.kind,
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
