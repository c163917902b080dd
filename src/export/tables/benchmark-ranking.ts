import type { ExportTable } from '../export-table';
import { ExportInputError } from '../export-table';
import { HUB_NAME, hubSource } from '../hub-source';
import { checkBenchmarkArguments } from '../../analytics/benchmark-request';
import { checkAsTheApiDoes, choiceParameter, integerParameter, textParameter } from '../query-parameters';

/** The ranking the benchmarking page shows, a page of 100 entries at a time. */
const RANKING = /* GraphQL */ `
  query BenchmarkRankingExport(
    $country: CountryCode!
    $year: Int!
    $indicators: [WeightedIndicator!]!
    $normalisation: Normalisation!
    $after: String
  ) {
    municipalityRanking(country: $country, year: $year, indicators: $indicators, normalisation: $normalisation) {
      indicators {
        weight
        indicator {
          code
          nameEn
          definition
        }
      }
      entries(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          rank
          percentile
          composite
          municipality {
            code
            nameLocal
            nameEn
          }
          coverage {
            available
            requested
          }
          scores {
            indicator {
              code
            }
            missing
          }
        }
      }
    }
  }
`;

interface RankingData {
  municipalityRanking: {
    indicators: { weight: number; indicator: { code: string; nameEn: string; definition: string | null } }[];
    entries: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        rank: number | null;
        percentile: number | null;
        composite: number | null;
        municipality: { code: string | null; nameLocal: string; nameEn: string | null };
        coverage: { available: number; requested: number };
        scores: { indicator: { code: string }; missing: boolean }[];
      }[];
    };
  };
}

interface RankingVariables {
  country: string;
  year: number;
  indicators: { code: string; weight: number }[];
  normalisation: string;
}

/** `A:2,B:1` as the page's URL has it (a code without a weight weighs 1). */
function weightedIndicators(text: string): RankingVariables['indicators'] {
  return text
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [code = '', weightText = '1'] = part.split(':');
      const weight = Number(weightText);
      if (!code || weightText === '' || !Number.isFinite(weight) || weight < 0)
        throw new ExportInputError(
          `The parameter 'indicators' holds '${part}'; each item must be CODE or CODE:WEIGHT with a weight of 0 or more.`,
        );
      return { code, weight };
    });
}

/** `/benchmark`'s ranked table: `country`, `year`, `indicators` (`A:2,B:1`) and `normalisation` as in the page's URL. */
export const benchmarkRanking: ExportTable<RankingVariables> = {
  name: 'benchmark-ranking',
  title: 'Ranking',
  columns: [
    { header: 'Rank', type: 'number' },
    { header: 'Municipality code', type: 'text' },
    { header: 'Municipality', type: 'text' },
    { header: 'Municipality (English)', type: 'text' },
    { header: 'Composite score', type: 'number' },
    { header: 'Percentile', type: 'number' },
    { header: 'Indicators with a value', type: 'number' },
    { header: 'Indicators chosen', type: 'number' },
    { header: 'Missing indicators', type: 'text' },
    { header: 'Source', type: 'text' },
  ],
  variables(query) {
    const indicators = weightedIndicators(textParameter(query, 'indicators'));
    const year = integerParameter(query, 'year', 1900, 2100);
    checkAsTheApiDoes('indicators', () => checkBenchmarkArguments(year, indicators));
    return {
      country: textParameter(query, 'country'),
      year,
      indicators,
      normalisation: choiceParameter(query, 'normalisation', ['MIN_MAX', 'Z_SCORE'], 'MIN_MAX'),
    };
  },
  async *pages(run, variables) {
    let after: string | null = null;
    do {
      const data: RankingData = await run<RankingData>(RANKING, { ...variables, after });
      const ranking = data.municipalityRanking;
      const codes = ranking.indicators.map((item) => item.indicator.code).join(', ');
      const source = `${HUB_NAME}: ${variables.normalisation} ranking of approved ACTUAL totals in ${variables.year} (${codes})`;
      yield {
        rows: ranking.entries.nodes.map((entry) => [
          entry.rank,
          entry.municipality.code,
          entry.municipality.nameLocal,
          entry.municipality.nameEn,
          entry.composite,
          entry.percentile,
          entry.coverage.available,
          entry.coverage.requested,
          entry.scores
            .filter((score) => score.missing)
            .map((score) => score.indicator.code)
            .join(', '),
          source,
        ]),
        sources: ranking.indicators.map((item) =>
          hubSource(
            `${item.indicator.code} ${item.indicator.nameEn} (weight ${item.weight}): approved ACTUAL totals of ${variables.year} recorded in the hub. ${item.indicator.definition ?? ''}`.trim(),
          ),
        ),
      };
      after = ranking.entries.pageInfo.hasNextPage ? ranking.entries.pageInfo.endCursor : null;
    } while (after);
  },
};
