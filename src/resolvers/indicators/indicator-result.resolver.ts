import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { progressTowardTarget } from '../../analytics/progress';
import { Indicator } from '../../entities/indicator.entity';
import { Observation } from '../../entities/observation.entity';
import type { IndicatorFigures } from '../../loaders/results-by-scope.loader';
import type { Context } from '../../loaders/request-context';
import { IndicatorResult } from './indicator-result.type';

const valueOf = (observation: Observation | null) => (observation === null ? null : Number(observation.value));

@Resolver(() => IndicatorResult)
export class IndicatorResultResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  async indicator(@Root() figures: IndicatorFigures, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(figures.indicatorId))!;
  }

  @FieldResolver(() => Observation, {
    nullable: true,
    description: 'The latest baseline, with its period and source; null when none is recorded.',
  })
  baseline(@Root() figures: IndicatorFigures): Observation | null {
    return figures.baseline;
  }

  @FieldResolver(() => Observation, {
    nullable: true,
    description: 'The latest target, with its period and source; null when none is recorded.',
  })
  target(@Root() figures: IndicatorFigures): Observation | null {
    return figures.target;
  }

  @FieldResolver(() => Observation, {
    nullable: true,
    description: 'The actual value of the latest period, with its source; null when none is recorded.',
  })
  latestActual(@Root() figures: IndicatorFigures): Observation | null {
    return figures.latestActual;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share of the way from baseline to target the latest actual has come (1 = target reached), direction-aware: for a lower-is-better indicator it grows as the value falls. Null when it cannot be computed.',
  })
  async progress(@Root() figures: IndicatorFigures, @Ctx() { loaders }: Context): Promise<number | null> {
    const indicator = (await loaders.indicatorById.load(figures.indicatorId))!;
    return progressTowardTarget(indicator.direction, {
      baseline: valueOf(figures.baseline),
      target: valueOf(figures.target),
      actual: valueOf(figures.latestActual),
    });
  }
}
