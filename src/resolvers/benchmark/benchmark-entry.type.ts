import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { RankingScore } from './benchmark-score.type';

@ObjectType({ description: 'How many of the chosen indicators a municipality has a value for.' })
export class RankingCoverage {
  @Field(() => Int, { description: 'Indicators with an approved value for the year.' })
  available!: number;

  @Field(() => Int, { description: 'Indicators the ranking was asked for.' })
  requested!: number;
}

/** Root value: a `BenchmarkEntry` (analytics/benchmark-ranking). */
@ObjectType({ description: "One municipality's place in a ranking." })
export class MunicipalityRankingEntry {
  @Field(() => Int, {
    nullable: true,
    description:
      'Place by composite score, 1 for the best; equal composites share a place (1, 2, 2, 4). Null for a municipality without a composite.',
  })
  rank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Percentage (0-100) of the other ranked municipalities whose composite is strictly lower: 100 for the best, 0 for the worst and for a municipality ranked alone. Null when unranked.',
  })
  percentile!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Weighted mean of the scores the municipality has, the weights renormalised over the indicators it has values for (missing values are left out, not counted as zero), rounded to 12 decimals. Null when it has no value for any chosen indicator (or only for indicators of weight 0).',
  })
  composite!: number | null;

  @Field(() => RankingCoverage, { description: 'How many of the chosen indicators it has a value for.' })
  coverage!: RankingCoverage;

  @Field(() => [RankingScore], {
    description: 'One score per chosen indicator, in the order they were asked for, missing ones included.',
  })
  scores!: RankingScore[];
}

@ObjectType({ description: 'A page of MunicipalityRankingEntry items.' })
export class MunicipalityRankingEntryConnection extends ConnectionType(
  MunicipalityRankingEntry,
  'MunicipalityRankingEntry',
) {}
