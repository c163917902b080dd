import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../entities/organisation.entity';
import { ProgrammeImplementer } from '../../entities/programme-implementer.entity';
import { Programme } from '../../entities/programme.entity';
import type { Context } from '../../loaders/request-context';

@Resolver(() => ProgrammeImplementer)
export class ProgrammeImplementerResolver {
  @FieldResolver(() => Organisation, { description: 'The implementing organisation.' })
  async organisation(@Root() implementer: ProgrammeImplementer, @Ctx() { loaders }: Context): Promise<Organisation> {
    return (await loaders.organisationById.load(implementer.organisationId))!;
  }

  @FieldResolver(() => Programme, { description: 'The programme.' })
  async programme(@Root() implementer: ProgrammeImplementer, @Ctx() { loaders }: Context): Promise<Programme> {
    return (await loaders.programmeById.load(implementer.programmeId))!;
  }
}
