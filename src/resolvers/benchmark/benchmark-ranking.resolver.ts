import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Normalisation } from '../../analytics/benchmark-normalisation';
import { rankMunicipalities } from '../../analytics/benchmark-batch';
import type { BenchmarkEntry } from '../../analytics/benchmark-ranking';
import {
  checkBenchmarkArguments,
  checkRankable,
  MAX_BENCHMARK_INDICATORS,
  MAX_BENCHMARK_WEIGHT,
} from '../../analytics/benchmark-request';
import type { BenchmarkIndicatorStatistics } from '../../analytics/benchmark-summary';
import { MunicipalityKind } from '../../entities/municipality.entity';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { atMost, fieldCost } from '../field-cost';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { CountryCode } from '../../schema/scalars';
import { MunicipalityRankingEntryConnection } from './benchmark-entry.type';
import { RankingIndicator } from './benchmark-indicator.type';
import { MunicipalityRanking } from './benchmark-ranking.type';
import { WeightedIndicator } from './benchmark-weighted-indicator.input';
import { YEAR_RANGE } from '../../schema/years';

/**
 * A ranking's cost: its selections, plus each scoring statement's rows (the country's
 * municipalities of the tier × the indicators), a point a row. Each statement scores every
 * municipality on every indicator: the counts and statistics, and one for each `entries`
 * selection (aliases each run their own).
 */
const rankingCost = fieldCost<{ country: string; indicators: unknown[]; kind?: MunicipalityKind | null }>(
  ({ args, childComplexity, scopeCounts, selected }) => {
    const rows =
      scopeCounts.municipalities(args.country, args.kind ?? null) *
      atMost(args.indicators.length, MAX_BENCHMARK_INDICATORS);
    return 1 + childComplexity + (1 + selected('entries')) * rows;
  },
);

@Resolver(() => MunicipalityRanking)
export class BenchmarkRankingResolver {
  @Query(() => MunicipalityRanking, {
    complexity: rankingCost,
    description: `Ranks a country's municipalities for a year on a composite score of the chosen indicators. Each indicator is normalised over the municipalities with a value (direction-aware), the composite is the weighted mean of the scores a municipality has, and municipalities without any value are listed last, unranked. A country without values answers every municipality unranked with coverage 0. NOT_FOUND for an unknown country or indicator code; BAD_USER_INPUT for an empty or oversized indicator list, a NEUTRAL or repeated indicator, a negative weight or one over ${MAX_BENCHMARK_WEIGHT}, weights summing to zero, or a year out of range.`,
  })
  async municipalityRanking(
    @Arg('country', () => CountryCode, { description: 'ISO 3166-1 alpha-2 code of the country, for example `RS`.' })
    country: string,
    @Arg('year', () => Int, {
      description: `The year whose values are ranked (${YEAR_RANGE.first}-${YEAR_RANGE.last}).`,
    })
    year: number,
    @Arg('indicators', () => [WeightedIndicator], {
      description: `The indicators to rank on, with weights: 1 to ${MAX_BENCHMARK_INDICATORS}, each once.`,
    })
    indicators: WeightedIndicator[],
    @Ctx() { loaders }: Context,
    @Arg('normalisation', () => Normalisation, {
      defaultValue: Normalisation.MIN_MAX,
      description: "How each indicator's values are put on one scale.",
    })
    normalisation: Normalisation,
    @Arg('kind', () => MunicipalityKind, {
      nullable: true,
      description: 'Rank only this tier (municipalities, cities or regions); every tier when omitted.',
    })
    kind?: MunicipalityKind | null,
  ): Promise<MunicipalityRanking> {
    checkBenchmarkArguments(year, indicators);
    const [countryRow, indicatorRows] = await Promise.all([
      loaders.countryByCode.load(country),
      Promise.all(indicators.map(({ code }) => loaders.indicatorByCode.load(code))),
    ]);
    if (!countryRow) throw notFound('country', country);
    const chosen = indicators.map(({ code, weight }, index) => {
      const indicator = indicatorRows[index];
      if (!indicator) throw notFound(`indicators[${index}].code`, code);
      checkRankable(indicator, index);
      loaders.indicatorById.prime(indicator.id, indicator);
      return { indicator, weight };
    });
    return new MunicipalityRanking(countryRow, {
      countryCode: countryRow.code,
      year,
      indicators: chosen,
      normalisation,
      kind: kind ?? null,
    });
  }

  @FieldResolver(() => MunicipalityRankingEntryConnection, {
    description:
      'The municipalities by rank, a page at a time: best composite first, ties by local name, then those without a composite by local name.',
  })
  entries(
    @Root() ranking: MunicipalityRanking,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
  ): Promise<Page<BenchmarkEntry>> {
    return rankMunicipalities(reader, ranking.request, toPageRequest(page));
  }

  @FieldResolver(() => [RankingIndicator], {
    description: 'The chosen indicators in the order asked for, with the statistics their values were normalised with.',
  })
  async indicators(
    @Root() ranking: MunicipalityRanking,
    @Ctx() { reader }: Context,
  ): Promise<BenchmarkIndicatorStatistics[]> {
    return (await ranking.summarise(reader)).indicators;
  }

  @FieldResolver(() => Int, { description: 'How many municipalities the ranking lists, ranked or not.' })
  async municipalityCount(@Root() ranking: MunicipalityRanking, @Ctx() { reader }: Context): Promise<number> {
    return (await ranking.summarise(reader)).municipalityCount;
  }

  @FieldResolver(() => Int, { description: 'How many of them have a composite score and a rank.' })
  async rankedCount(@Root() ranking: MunicipalityRanking, @Ctx() { reader }: Context): Promise<number> {
    return (await ranking.summarise(reader)).rankedCount;
  }
}
