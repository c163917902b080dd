import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ComputedFigureRow } from '../../analytics/computed-programme-figures';
import { Indicator } from '../../entities/indicator.entity';
import type { Context } from '../../loaders/request-context';
import { ComputedFigure } from './computed-figure.type';

@Resolver(() => ComputedFigure)
export class ComputedFigureResolver {
  @FieldResolver(() => Indicator, {
    nullable: true,
    description: 'For SHARE_TRUE, the BOOLEAN initiative-level indicator the share is of; null for counts.',
  })
  indicator(@Root() figure: ComputedFigureRow, @Ctx() { loaders }: Context): Promise<Indicator | null> | null {
    return figure.indicatorId == null ? null : loaders.indicatorById.load(figure.indicatorId);
  }

  @FieldResolver(() => Indicator, {
    nullable: true,
    description:
      'The reported indicator the figure is compared with, linked by code: INITIATIVES_FUNDED for INITIATIVE_COUNT, PROGRAMME_PARTICIPATING_MUNICIPALITIES for MUNICIPALITIES_REACHED, and for SHARE_TRUE of an indicator `X` the percentage `X_SHARE`. Null when the hub has no such indicator.',
  })
  comparableIndicator(
    @Root() figure: ComputedFigureRow,
    @Ctx() { loaders }: Context,
  ): Promise<Indicator | null> | null {
    return figure.comparableIndicatorId == null ? null : loaders.indicatorById.load(figure.comparableIndicatorId);
  }
}
