import { programmeRecord } from '../entities/programme.entity';
import { programmes, type ProgrammeSeed } from './programmes.seed-data';
import type { SeedRun } from './seed-run';

/** The programmes, by code, each succeeded by the programme it names (if any). */
export async function seedProgrammes(run: SeedRun): Promise<void> {
  const seeds: readonly ProgrammeSeed[] = programmes;
  await run.ensure(
    programmeRecord,
    seeds.map((programme) => ({
      code: programme.code,
      // Every seeded programme is described in published documents.
      published: true,
      nameEn: programme.nameEn,
      nameLocal: programme.nameLocal ?? null,
      summary: programme.summary,
      plannedStartOn: programme.plannedStartOn ?? null,
      plannedEndOn: programme.plannedEndOn ?? null,
      startOn: programme.startOn ?? null,
      endOn: programme.endOn ?? null,
      budgetAmount: programme.budgetAmount ?? null,
      budgetCurrency: programme.budgetCurrency ?? null,
    })),
    { property: 'successorId', keys: seeds.map((programme) => programme.successorCode) },
  );
}
