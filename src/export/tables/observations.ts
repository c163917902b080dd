import { citedSource } from '../export-sources';
import { connectionPages, type ExportTable } from '../export-table';
import { checkYearRange } from '../../schema/years';
import { checkAsTheApiDoes, choiceParameter, integerParameter, textParameter } from '../query-parameters';

/** An indicator's values one page of 100 at a time, so a file of millions of rows is written with little memory. */
const OBSERVATIONS = /* GraphQL */ `
  query ObservationsExport($filter: ObservationFilter!, $after: String) {
    observations(filter: $filter, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        scopeKind
        scope {
          ... on Country {
            code
            nameEn
          }
          ... on Programme {
            code
            nameEn
          }
          ... on Initiative {
            code
            nameEn
          }
          ... on Activity {
            code
            nameEn
          }
          ... on Organisation {
            code
            nameEn
          }
          ... on Municipality {
            municipalityCode: code
            municipalityNameEn: nameEn
            nameLocal
          }
        }
        kind
        periodStart
        periodEnd
        sex
        role
        value
        numerator
        denominator
        reviewStatus
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

interface ObservationsData {
  observations: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      scopeKind: string;
      scope: {
        code?: string;
        nameEn?: string;
        municipalityCode?: string | null;
        municipalityNameEn?: string | null;
        nameLocal?: string;
      };
      kind: string;
      periodStart: string;
      periodEnd: string;
      sex: string;
      role: string | null;
      value: number;
      numerator: number | null;
      denominator: number | null;
      reviewStatus: string;
      sourceQuote: string | null;
      source: { title: string; publisher: string | null; url: string | null; publishedYear: number | null } | null;
    }[];
  };
}

interface ObservationsVariables {
  filter: { indicator: string; kind: string | null; periodFrom: string; periodTo: string };
}

/** An indicator's values (`indicator`, `from` and `to` years, `kind`), each with its source: the values behind a series or a ranking. */
export const observations: ExportTable<ObservationsVariables> = {
  name: 'observations',
  title: 'Values',
  columns: [
    { header: 'Scope kind', type: 'text' },
    { header: 'Scope code', type: 'text' },
    { header: 'Scope', type: 'text' },
    { header: 'Scope (local name)', type: 'text' },
    { header: 'Kind', type: 'text' },
    { header: 'Period start', type: 'date' },
    { header: 'Period end', type: 'date' },
    { header: 'Sex', type: 'text' },
    { header: 'Role', type: 'text' },
    { header: 'Value', type: 'number' },
    { header: 'Numerator', type: 'number' },
    { header: 'Denominator', type: 'number' },
    { header: 'Review status', type: 'text' },
    { header: 'Source', type: 'text' },
    { header: 'Source address', type: 'text' },
    { header: "Source's words", type: 'text' },
  ],
  variables(query) {
    const kind = query.get('kind') ? choiceParameter(query, 'kind', ['ACTUAL', 'BASELINE', 'TARGET']) : null;
    const from = integerParameter(query, 'from', 1900, 2100, 1900);
    const to = integerParameter(query, 'to', 1900, 2100, 2100);
    checkAsTheApiDoes('to', () => checkYearRange(from, to));
    return {
      filter: {
        indicator: textParameter(query, 'indicator'),
        kind,
        periodFrom: `${from}-01-01`,
        periodTo: `${to}-12-31`,
      },
    };
  },
  async *pages(run, variables) {
    for await (const nodes of connectionPages(
      run,
      OBSERVATIONS,
      variables,
      (data: ObservationsData) => data.observations,
    )) {
      yield {
        rows: nodes.map((value) => [
          value.scopeKind,
          value.scope.code ?? value.scope.municipalityCode ?? null,
          value.scope.nameEn ?? value.scope.municipalityNameEn ?? null,
          value.scope.nameLocal ?? null,
          value.kind,
          value.periodStart,
          value.periodEnd,
          value.sex,
          value.role,
          value.value,
          value.numerator,
          value.denominator,
          value.reviewStatus,
          value.source?.title ?? null,
          value.source?.url ?? null,
          value.sourceQuote,
        ]),
        sources: nodes.flatMap(({ source }) => (source ? [citedSource(source, '')] : [])),
      };
    }
  },
};
