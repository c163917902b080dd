import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CountryComparisonRow } from '../../analytics/country-comparisons';
import { Indicator } from '../../entities/indicator.entity';
import type { Context } from '../../loaders/request-context';
import { CountryComparison } from './country-comparison.type';

@Resolver(() => CountryComparison)
export class CountryComparisonResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  async indicator(@Root() row: CountryComparisonRow, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(row.indicatorId))!;
  }
}
