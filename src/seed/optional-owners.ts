import { organisationRecord } from '../entities/organisation.entity';
import { programmeRecord } from '../entities/programme.entity';
import type { SeedRun } from './seed-run';

/** The id of the programme a seeded record names by code, or null when it names none. */
export function optionalProgrammeId(run: SeedRun, record: { programmeCode?: string }): number | null {
  return record.programmeCode === undefined ? null : run.idOf(programmeRecord, record.programmeCode);
}

/** The id of the organisation a seeded record names by code, or null when it names none. */
export function optionalOrganisationId(run: SeedRun, record: { organisationCode?: string }): number | null {
  return record.organisationCode === undefined ? null : run.idOf(organisationRecord, record.organisationCode);
}
