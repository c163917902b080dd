import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../entities/organisation.entity';
import { ProgrammeImplementer } from '../entities/programme-implementer.entity';
import type { Context } from '../server/context';

@Resolver(() => ProgrammeImplementer)
export class ProgrammeImplementerResolver {
  @FieldResolver(() => Organisation, { description: 'The implementing organisation.' })
  async organisation(@Root() implementer: ProgrammeImplementer, @Ctx() { loaders }: Context): Promise<Organisation> {
    return (await loaders.organisationById.load(implementer.organisationId))!;
  }
}
