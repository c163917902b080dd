import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { FrameworkElement } from '../../entities/framework-element.entity';
import { Framework } from '../../entities/framework.entity';
import { Indicator } from '../../entities/indicator.entity';
import type { IndicatorFigures } from '../../loaders/results-by-scope.loader';
import type { Context } from '../../loaders/request-context';
import { resultScopeOf, resultsOfScope } from '../../loaders/result-scope';
import { IndicatorResult } from '../indicators/indicator-result.type';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => FrameworkElement)
export class FrameworkElementResolver extends NodeResolver(FrameworkElement, (element) => element.id) {
  @FieldResolver(() => Framework, { description: 'The framework it belongs to.' })
  async framework(@Root() element: FrameworkElement, @Ctx() { loaders }: Context): Promise<Framework> {
    return (await loaders.frameworkById.load(element.frameworkId))!;
  }

  @FieldResolver(() => FrameworkElement, { nullable: true, description: 'The element it is part of, if any.' })
  parent(@Root() element: FrameworkElement, @Ctx() { loaders }: Context): Promise<FrameworkElement | null> | null {
    return element.parentId == null ? null : loaders.frameworkElementById.load(element.parentId);
  }

  @FieldResolver(() => [Indicator], { description: 'The indicators mapped to it, by code.' })
  indicators(@Root() element: FrameworkElement, @Ctx() { loaders }: Context): Promise<Indicator[]> {
    return loaders.indicatorsByFrameworkElement.load(element.id);
  }

  @FieldResolver(() => [IndicatorResult], {
    description:
      'The roll-up for one scope: for each indicator mapped to the element, by code, its latest approved baseline, target and actual for the scope and the progress between them; an indicator without values for the scope comes back with nulls, so gaps show.',
  })
  async results(
    @Root() element: FrameworkElement,
    @Arg('scope', () => ID, {
      description: 'Global id of a programme, initiative, municipality, organisation or country.',
    })
    scope: string,
    @Ctx() { loaders }: Context,
  ): Promise<IndicatorFigures[]> {
    const target = resultScopeOf(scope, 'scope');
    const [indicators, figures] = await Promise.all([
      loaders.indicatorsByFrameworkElement.load(element.id),
      resultsOfScope(loaders, target),
    ]);
    const byIndicator = new Map(figures.map((figure) => [figure.indicatorId, figure]));
    return indicators.map((indicator) => {
      // The result's `indicator` field needs no statement of its own.
      loaders.indicatorById.prime(indicator.id, indicator);
      return (
        byIndicator.get(indicator.id) ?? { indicatorId: indicator.id, baseline: null, target: null, latestActual: null }
      );
    });
  }
}
