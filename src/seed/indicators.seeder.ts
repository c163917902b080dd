import { indicatorRecord } from '../entities/indicator.entity';
import { indicators } from './indicators.seed-data';
import type { SeedRun } from './seed-run';

/** The indicators, by code. */
export async function seedIndicators(run: SeedRun): Promise<void> {
  await run.ensure(
    indicatorRecord,
    indicators.map((indicator) => ({ ...indicator, disaggregations: [...indicator.disaggregations] })),
  );
}
