import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { IndicatorFrameworkElement } from '../../entities/framework-element-indicator.entity';
import { FrameworkElement } from '../../entities/framework-element.entity';
import type { Context } from '../../loaders/request-context';

@Resolver(() => IndicatorFrameworkElement)
export class IndicatorFrameworkMappingResolver {
  @FieldResolver(() => FrameworkElement, {
    nullable: true,
    description: 'The framework element; null once it is archived.',
  })
  element(@Root() mapping: IndicatorFrameworkElement, @Ctx() { loaders }: Context): Promise<FrameworkElement | null> {
    return loaders.frameworkElementById.load(mapping.elementId).then((element) => element ?? null);
  }
}
