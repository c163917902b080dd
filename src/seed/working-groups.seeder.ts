import { organisationRecord } from '../entities/organisation.entity';
import { sourceRecord } from '../entities/source.entity';
import { workingGroupRecord } from '../entities/working-group.entity';
import { optionalProgrammeId } from './optional-owners';
import type { SeedRun } from './seed-run';
import { workingGroups } from './working-groups.seed-data';

/** The working groups, by code. */
export async function seedWorkingGroups(run: SeedRun): Promise<void> {
  await run.ensure(
    workingGroupRecord,
    workingGroups.map((group) => ({
      code: group.code,
      nameEn: group.nameEn,
      summary: group.summary,
      organisationId: run.idOf(organisationRecord, group.organisationCode),
      programmeId: optionalProgrammeId(run, group),
      memberRoles: [...group.memberRoles],
      sourceId: run.idOf(sourceRecord, group.sourceKey),
    })),
  );
}
