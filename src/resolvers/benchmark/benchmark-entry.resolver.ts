import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BenchmarkEntry } from '../../analytics/benchmark-ranking';
import { Municipality } from '../../entities/municipality.entity';
import type { Context } from '../../loaders/request-context';
import { MunicipalityRankingEntry } from './benchmark-entry.type';

@Resolver(() => MunicipalityRankingEntry)
export class BenchmarkEntryResolver {
  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  async municipality(@Root() entry: BenchmarkEntry, @Ctx() { loaders }: Context): Promise<Municipality> {
    return (await loaders.municipalityById.load(entry.municipalityId))!;
  }
}
