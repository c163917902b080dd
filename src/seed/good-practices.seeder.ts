import { goodPracticeRecord } from '../entities/good-practice.entity';
import { sourceRecord } from '../entities/source.entity';
import { goodPractices, type GoodPracticeSeed } from './good-practices.seed-data';
import { optionalOrganisationId, optionalProgrammeId } from './optional-owners';
import type { SeedRun } from './seed-run';

/** The good practices, by code. */
export async function seedGoodPractices(run: SeedRun): Promise<void> {
  const seeds: readonly GoodPracticeSeed[] = goodPractices;
  await run.ensure(
    goodPracticeRecord,
    seeds.map((practice) => ({
      code: practice.code,
      titleEn: practice.titleEn,
      summary: practice.summary,
      areas: [...practice.areas],
      roles: [...practice.roles],
      recognisedBy: practice.recognisedBy ?? null,
      organisationId: optionalOrganisationId(run, practice),
      programmeId: optionalProgrammeId(run, practice),
      sourceId: run.idOf(sourceRecord, practice.sourceKey),
    })),
  );
}
