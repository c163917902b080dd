import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BenchmarkIndicatorStatistics } from '../../analytics/benchmark-summary';
import { Indicator } from '../../entities/indicator.entity';
import type { Context } from '../../loaders/request-context';
import { RankingIndicator } from './benchmark-indicator.type';

@Resolver(() => RankingIndicator)
export class BenchmarkIndicatorResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  async indicator(@Root() statistics: BenchmarkIndicatorStatistics, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(statistics.indicatorId))!;
  }
}
