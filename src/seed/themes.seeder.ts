import { themeRecord } from '../entities/theme.entity';
import type { SeedRun } from './seed-run';
import { themes } from './themes.seed-data';

/** The themes, by code. */
export async function seedThemes(run: SeedRun): Promise<void> {
  await run.ensure(
    themeRecord,
    themes.map((theme) => ({ ...theme })),
  );
}
