import { programmeComponentRecord } from '../entities/programme-component.entity';
import { programmeRecord } from '../entities/programme.entity';
import { programmeComponents } from './programme-components.seed-data';
import type { SeedRun } from './seed-run';

/** The components of the programmes, by programme and position. */
export async function seedProgrammeComponents(run: SeedRun): Promise<void> {
  await run.ensure(
    programmeComponentRecord,
    programmeComponents.map(({ programmeCode, ...component }) => ({
      ...component,
      programmeId: run.idOf(programmeRecord, programmeCode),
    })),
  );
}
