import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Municipality } from '../../entities/municipality.entity';
import { ProgrammeParticipant } from '../../entities/programme-participant.entity';
import { Programme } from '../../entities/programme.entity';
import { Source } from '../../entities/source.entity';
import type { Context } from '../../loaders/request-context';
import { Money, moneyOf } from '../../schema/money.type';

@Resolver(() => ProgrammeParticipant)
export class ProgrammeParticipantResolver {
  @FieldResolver(() => Municipality, { description: 'The participating municipality.' })
  async municipality(@Root() participant: ProgrammeParticipant, @Ctx() { loaders }: Context): Promise<Municipality> {
    return (await loaders.municipalityById.load(participant.municipalityId))!;
  }

  @FieldResolver(() => Programme, { description: 'The programme it takes part in.' })
  async programme(@Root() participant: ProgrammeParticipant, @Ctx() { loaders }: Context): Promise<Programme> {
    return (await loaders.programmeById.load(participant.programmeId))!;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The grant the municipality received, when known.' })
  grant(@Root() participant: ProgrammeParticipant): Money | null {
    return moneyOf(participant.grantAmount, participant.grantCurrency);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the participation is stated.' })
  source(@Root() participant: ProgrammeParticipant, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return participant.sourceId == null ? null : loaders.sourceById.load(participant.sourceId);
  }
}
