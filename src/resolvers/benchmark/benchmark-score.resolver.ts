import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BenchmarkScore } from '../../analytics/benchmark-ranking';
import { Indicator } from '../../entities/indicator.entity';
import { Observation } from '../../entities/observation.entity';
import type { Context } from '../../loaders/request-context';
import { RankingScore } from './benchmark-score.type';

@Resolver(() => RankingScore)
export class BenchmarkScoreResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  async indicator(@Root() score: BenchmarkScore, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(score.indicatorId))!;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the municipality has no approved value for the year: left out of its composite, not counted as zero.',
  })
  missing(@Root() score: BenchmarkScore): boolean {
    return score.value === null;
  }

  @FieldResolver(() => Observation, {
    nullable: true,
    description: 'The observation the value comes from, with its period and source; null when missing.',
  })
  observation(@Root() score: BenchmarkScore, @Ctx() { loaders }: Context): Promise<Observation | null> | null {
    return score.observationId === null ? null : loaders.observationById.load(score.observationId);
  }
}
