import { municipalityRecord } from '../entities/municipality.entity';
import { programmeParticipantRecord } from '../entities/programme-participant.entity';
import { programmeRecord } from '../entities/programme.entity';
import { sourceRecord } from '../entities/source.entity';
import { seededMunicipality } from './municipalities.seeder';
import { programmeParticipants } from './programme-participants.seed-data';
import type { SeedRun } from './seed-run';

/** The municipalities taking part in each programme, by programme and municipality; the seed data names a municipality by name. */
export async function seedProgrammeParticipants(run: SeedRun): Promise<void> {
  await run.ensure(
    programmeParticipantRecord,
    programmeParticipants.map((participant) => {
      const { countryCode, code } = seededMunicipality(
        participant.municipality.countryCode,
        participant.municipality.name,
      );
      return {
        programmeId: run.idOf(programmeRecord, participant.programmeCode),
        municipalityId: run.idOf(municipalityRecord, countryCode, code),
        grantAmount: participant.grantAmount ?? null,
        grantCurrency: participant.grantCurrency ?? null,
        sourceId: run.idOf(sourceRecord, participant.sourceKey),
      };
    }),
  );
}
