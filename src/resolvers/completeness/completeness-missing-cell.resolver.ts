import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Indicator } from '../../entities/indicator.entity';
import type { Context } from '../../loaders/request-context';
import { MissingCell } from './completeness.type';

@Resolver(() => MissingCell)
export class MissingCellResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator whose value is missing.' })
  async indicator(@Root() cell: MissingCell, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(cell.indicatorId))!;
  }
}
