import { citedSource } from '../export-sources';
import type { ExportColumn, ExportSource, ExportTable } from '../export-table';
import { codeParameter } from '../query-parameters';

/** The results table of the programme's report. */
const RESULTS = /* GraphQL */ `
  query ProgrammeResultsExport($code: String!) {
    programme(code: $code) {
      code
      nameEn
      results {
        indicator {
          code
          nameEn
          unit
        }
        baseline {
          ...ExportedValue
        }
        target {
          ...ExportedValue
        }
        latestActual {
          ...ExportedValue
        }
        progress
      }
    }
  }

  fragment ExportedValue on Observation {
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
`;

interface ReportedValue {
  value: number;
  periodStart: string;
  periodEnd: string;
  sourceQuote: string | null;
  /** Null for a value recorded without its source. */
  source: { title: string; publisher: string | null; url: string | null; publishedYear: number | null } | null;
}

interface ResultsData {
  programme: {
    code: string;
    nameEn: string;
    results: {
      indicator: { code: string; nameEn: string; unit: string };
      baseline: ReportedValue | null;
      target: ReportedValue | null;
      latestActual: ReportedValue | null;
      progress: number | null;
    }[];
  };
}

const VALUES = [
  ['baseline', 'Baseline'],
  ['target', 'Target'],
  ['latestActual', 'Latest actual'],
] as const;

function valueColumns(label: string): ExportColumn[] {
  return [
    { header: label, type: 'number' },
    { header: `${label}: period start`, type: 'date' },
    { header: `${label}: period end`, type: 'date' },
    { header: `${label}: source`, type: 'text' },
    { header: `${label}: source address`, type: 'text' },
    { header: `${label}: source's words`, type: 'text' },
  ];
}

function valueCells(value: ReportedValue | null) {
  if (!value) return [null, null, null, null, null, null];
  return [
    value.value,
    value.periodStart,
    value.periodEnd,
    value.source?.title ?? null,
    value.source?.url ?? null,
    value.sourceQuote,
  ];
}

function sourceOf(value: ReportedValue): ExportSource[] {
  const { source } = value;
  if (!source) return [];
  return [citedSource(source, value.sourceQuote)];
}

/** `/programmes/{code}`'s results table: each indicator's baseline, target and latest actual value with its source, and progress. */
export const programmeResults: ExportTable<{ code: string }> = {
  name: 'programme-results',
  title: 'Results',
  columns: [
    { header: 'Indicator code', type: 'text' },
    { header: 'Indicator', type: 'text' },
    { header: 'Unit', type: 'text' },
    ...VALUES.flatMap(([, label]) => valueColumns(label)),
    { header: 'Progress', type: 'number' },
  ],
  variables(query) {
    return { code: codeParameter(query, 'code') };
  },
  async *pages(run, variables) {
    const { programme } = await run<ResultsData>(RESULTS, variables);
    yield {
      rows: programme.results.map((result) => [
        result.indicator.code,
        result.indicator.nameEn,
        result.indicator.unit,
        ...VALUES.flatMap(([key]) => valueCells(result[key])),
        result.progress,
      ]),
      sources: programme.results.flatMap((result) =>
        VALUES.flatMap(([key]) => (result[key] ? sourceOf(result[key]) : [])),
      ),
    };
  },
};
