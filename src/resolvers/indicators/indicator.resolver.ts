import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { FrameworkElement } from '../../entities/framework-element.entity';
import { Indicator } from '../../entities/indicator.entity';
import { Observation } from '../../entities/observation.entity';
import { listIndicators } from '../../loaders/indicator-list.query';
import { observationsOf } from '../../loaders/observation-lists';
import { IndicatorFrameworkElement } from '../../entities/framework-element-indicator.entity';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { IndicatorConnection } from './indicator-connection.type';
import { IndicatorFilter } from './indicator-filter.input';
import { NodeResolver } from '../node/node-resolver.base';
import { ObservationConnection } from '../observations/observation-connection.type';
import { ObservationFilter } from '../observations/observation-filter.input';

@Resolver(() => Indicator)
export class IndicatorResolver extends NodeResolver(Indicator, (indicator) => indicator.id) {
  @Query(() => IndicatorConnection, { description: 'Indicators, by code, a page at a time.' })
  indicators(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'Which indicators to list.' })
    filter?: IndicatorFilter,
  ): Promise<Page<Indicator>> {
    return listIndicators(reader, filter ?? {}, toPageRequest(page));
  }

  @Query(() => Indicator, { description: 'The indicator with this code; NOT_FOUND when there is none.' })
  async indicator(
    @Arg('code', { description: "The indicator's code." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Indicator> {
    const indicator = await loaders.indicatorByCode.load(code);
    if (!indicator) throw notFound('code', code);
    return indicator;
  }

  @FieldResolver(() => ObservationConnection, {
    description: 'Values of this indicator, filtered, a page at a time; approved values only unless asked.',
  })
  observations(
    @Root() indicator: Indicator,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
    @Arg('filter', () => ObservationFilter, {
      nullable: true,
      description: 'Which values to list (its `indicator` is ignored here).',
    })
    filter?: ObservationFilter,
  ): Promise<Page<Observation>> {
    return observationsOf<number>(loaders, 'indicator_id', { ...filter, indicator: null }, toPageRequest(page)).load(
      indicator.id,
    );
  }

  @FieldResolver(() => [FrameworkElement], {
    description:
      "The framework elements (Charter articles, national goals, SDG targets) the indicator is mapped to, by framework, then in each framework's order.",
  })
  frameworkElements(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<FrameworkElement[]> {
    return loaders.frameworkElementsByIndicator.load(indicator.id);
  }

  @FieldResolver(() => [IndicatorFrameworkElement], {
    description:
      'The mappings of the indicator to framework elements, each with its rationale, in the order they were set (`setIndicatorFrameworkElements`).',
  })
  frameworkMappings(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<IndicatorFrameworkElement[]> {
    return loaders.frameworkMappingsByIndicator.load(indicator.id);
  }
}
