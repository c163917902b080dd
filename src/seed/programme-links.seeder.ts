import { organisationRecord } from '../entities/organisation.entity';
import { programmeCountryRecord } from '../entities/programme-country.entity';
import { programmeFunderRecord } from '../entities/programme-funder.entity';
import { programmeImplementerRecord } from '../entities/programme-implementer.entity';
import { programmeSourceRecord } from '../entities/programme-source.entity';
import { programmeThemeRecord } from '../entities/programme-theme.entity';
import { programmeRecord } from '../entities/programme.entity';
import { sourceRecord } from '../entities/source.entity';
import { themeRecord } from '../entities/theme.entity';
import { programmes, type ProgrammeSeed } from './programmes.seed-data';
import type { SeedRun } from './seed-run';

/** The funders, implementers, countries, themes and sources of each programme (programme_funder, ...), from the programmes' seed data. */
export async function seedProgrammeLinks(run: SeedRun): Promise<void> {
  const seeds: readonly ProgrammeSeed[] = programmes;
  const programmeId = (programme: ProgrammeSeed) => run.idOf(programmeRecord, programme.code);
  await run.ensure(
    programmeFunderRecord,
    seeds.flatMap((programme) =>
      programme.funders.map((funder) => ({
        programmeId: programmeId(programme),
        organisationId: run.idOf(organisationRecord, funder.organisationCode),
        amount: funder.amount ?? null,
        currency: funder.currency ?? null,
      })),
    ),
  );
  await run.ensure(
    programmeImplementerRecord,
    seeds.flatMap((programme) =>
      programme.implementers.map((implementer) => ({
        programmeId: programmeId(programme),
        organisationId: run.idOf(organisationRecord, implementer.organisationCode),
        role: implementer.role,
      })),
    ),
  );
  await run.ensure(
    programmeCountryRecord,
    seeds.flatMap((programme) =>
      programme.countryCodes.map((countryCode) => ({ programmeId: programmeId(programme), countryCode })),
    ),
  );
  await run.ensure(
    programmeThemeRecord,
    seeds.flatMap((programme) =>
      programme.themeCodes.map((code) => ({
        programmeId: programmeId(programme),
        themeId: run.idOf(themeRecord, code),
      })),
    ),
  );
  await run.ensure(
    programmeSourceRecord,
    seeds.flatMap((programme) =>
      programme.sourceKeys.map((key) => ({
        programmeId: programmeId(programme),
        sourceId: run.idOf(sourceRecord, key),
      })),
    ),
  );
}
