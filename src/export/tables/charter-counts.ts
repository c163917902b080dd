import { citedSource } from '../export-sources';
import type { ExportTable } from '../export-table';
import { HUB_NAME, hubSource } from '../hub-source';
import { checkCharterCountArguments } from '../../analytics/charter-counts';
import { checkAsTheApiDoes, integerParameter } from '../query-parameters';

/** The counts the Charter page shows. */
const COUNTS = /* GraphQL */ `
  query CharterCountsExport($from: Int!, $to: Int!) {
    charterSignatoryCounts(from: $from, to: $to) {
      country {
        code
        nameEn
      }
      year
      signedInYear
      signatories
      actionPlansAdopted
      overdue
      undatedSignatories
      reportedSignatories {
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
`;

interface CharterData {
  charterSignatoryCounts: {
    country: { code: string; nameEn: string };
    year: number;
    signedInYear: number;
    signatories: number;
    actionPlansAdopted: number;
    overdue: number;
    undatedSignatories: number;
    reportedSignatories: {
      value: number;
      sourceQuote: string | null;
      source: { title: string; publisher: string | null; url: string | null; publishedYear: number | null };
    } | null;
  }[];
}

interface CharterVariables {
  from: number;
  to: number;
}

const RECORDED = `${HUB_NAME}: Charter signatures recorded in the hub`;

/** `/charter`'s table (the years with any count): `from` and `to` as in the page's URL. */
export const charterCounts: ExportTable<CharterVariables> = {
  name: 'charter-counts',
  title: 'Charter signatories',
  columns: [
    { header: 'Country code', type: 'text' },
    { header: 'Country', type: 'text' },
    { header: 'Year', type: 'number' },
    { header: 'Signed in the year', type: 'number' },
    { header: 'Signatories recorded', type: 'number' },
    { header: 'Signatories reported', type: 'number' },
    { header: 'Action plans adopted', type: 'number' },
    { header: 'Action plans overdue', type: 'number' },
    { header: 'Undated signatories', type: 'number' },
    { header: 'Source of the recorded counts', type: 'text' },
    { header: 'Source of the reported count', type: 'text' },
    { header: 'Its address', type: 'text' },
    { header: 'Its words', type: 'text' },
  ],
  variables(query) {
    const from = integerParameter(query, 'from', 1900, 2100, 2006);
    const to = integerParameter(query, 'to', 1900, 2100, new Date().getFullYear());
    checkAsTheApiDoes('to', () => checkCharterCountArguments(null, from, to));
    return { from, to };
  },
  async *pages(run, variables) {
    const data = await run<CharterData>(COUNTS, variables);
    const shown = data.charterSignatoryCounts.filter(
      (point) => point.signatories || point.signedInYear || point.reportedSignatories || point.overdue,
    );
    yield {
      rows: shown.map((point) => {
        const reported = point.reportedSignatories;
        return [
          point.country.code,
          point.country.nameEn,
          point.year,
          point.signedInYear,
          point.signatories,
          reported?.value ?? null,
          point.actionPlansAdopted,
          point.overdue,
          point.undatedSignatories,
          RECORDED,
          reported?.source.title ?? null,
          reported?.source.url ?? null,
          reported?.sourceQuote ?? null,
        ];
      }),
      sources: [
        hubSource(
          `Charter signatures recorded in the hub, counted per country and year ${variables.from} to ${variables.to}.`,
        ),
        ...shown.flatMap(({ reportedSignatories }) => {
          if (!reportedSignatories) return [];
          const { source, sourceQuote } = reportedSignatories;
          return [citedSource(source, sourceQuote)];
        }),
      ],
    };
  },
};
