import { activityRecord } from '../entities/activity.entity';
import { organisationRecord } from '../entities/organisation.entity';
import { programmeComponentRecord } from '../entities/programme-component.entity';
import { programmeRecord } from '../entities/programme.entity';
import { sourceRecord } from '../entities/source.entity';
import { activities } from './activities.seed-data';
import type { SeedRun } from './seed-run';

/** The activities, by code, each in the programme and component it names (if any). */
export async function seedActivities(run: SeedRun): Promise<void> {
  await run.ensure(
    activityRecord,
    activities.map((activity) => {
      const programmeId =
        activity.programmeCode === undefined ? null : run.idOf(programmeRecord, activity.programmeCode);
      return {
        code: activity.code,
        programmeId,
        componentId:
          programmeId === null || activity.componentPosition === undefined
            ? null
            : run.idOf(programmeComponentRecord, programmeId, activity.componentPosition),
        kind: activity.kind,
        nameEn: activity.nameEn,
        summary: activity.summary,
        providerId: activity.providerCode === undefined ? null : run.idOf(organisationRecord, activity.providerCode),
        audience: activity.audience ?? null,
        audienceRoles: [...activity.audienceRoles],
        creditsEcts: activity.creditsEcts ?? null,
        startOn: activity.startOn ?? null,
        endOn: activity.endOn ?? null,
        sourceId: run.idOf(sourceRecord, activity.sourceKey),
      };
    }),
  );
}
