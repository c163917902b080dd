import { citedSource } from '../export-sources';
import type { ExportTable } from '../export-table';
import { HUB_NAME, hubSource } from '../hub-source';
import { codeParameter } from '../query-parameters';

/** The report's figures computed from the hub's records beside those the programme reported. */
const FIGURES = /* GraphQL */ `
  query ProgrammeComputedFiguresExport($code: String!) {
    programme(code: $code) {
      computedFigures {
        kind
        value
        numerator
        denominator
        difference
        comparableIndicator {
          code
          nameEn
        }
        reported {
          value
          periodEnd
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

interface FiguresData {
  programme: {
    computedFigures: {
      kind: string;
      value: number | null;
      numerator: number | null;
      denominator: number | null;
      difference: number | null;
      comparableIndicator: { code: string; nameEn: string } | null;
      reported: {
        value: number;
        periodEnd: string;
        sourceQuote: string | null;
        source: { title: string; publisher: string | null; url: string | null; publishedYear: number | null } | null;
      } | null;
    }[];
  };
}

const COMPUTED = `${HUB_NAME}: counted from the records it holds`;

/** `/programmes/{code}`'s reported-beside-recorded table: `code` as in the page's path. */
export const programmeComputedFigures: ExportTable<{ code: string }> = {
  name: 'programme-computed-figures',
  title: 'Reported and recorded',
  columns: [
    { header: 'Figure', type: 'text' },
    { header: 'Indicator code', type: 'text' },
    { header: 'Indicator', type: 'text' },
    { header: 'Recorded', type: 'number' },
    { header: 'Of which true', type: 'number' },
    { header: 'Initiatives with a value', type: 'number' },
    { header: 'Source of the recorded figure', type: 'text' },
    { header: 'Reported', type: 'number' },
    { header: 'Reported for the period ending', type: 'date' },
    { header: 'Difference', type: 'number' },
    { header: 'Source of the reported figure', type: 'text' },
    { header: 'Its address', type: 'text' },
    { header: 'Its words', type: 'text' },
  ],
  variables(query) {
    return { code: codeParameter(query, 'code') };
  },
  async *pages(run, variables) {
    const { programme } = await run<FiguresData>(FIGURES, variables);
    const figures = programme.computedFigures;
    yield {
      rows: figures.map((figure) => [
        figure.kind,
        figure.comparableIndicator?.code ?? null,
        figure.comparableIndicator?.nameEn ?? null,
        figure.value,
        figure.numerator,
        figure.denominator,
        COMPUTED,
        figure.reported?.value ?? null,
        figure.reported?.periodEnd ?? null,
        figure.difference,
        figure.reported?.source?.title ?? null,
        figure.reported?.source?.url ?? null,
        figure.reported?.sourceQuote ?? null,
      ]),
      sources: [
        hubSource(
          `The figures of programme ${variables.code} counted from the initiatives, participants and values the hub records.`,
        ),
        ...figures.flatMap(({ reported }) => {
          const source = reported?.source;
          if (!reported || !source) return [];
          return [citedSource(source, reported.sourceQuote)];
        }),
      ],
    };
  },
};
