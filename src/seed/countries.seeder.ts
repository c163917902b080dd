import { countryRecord } from '../entities/country.entity';
import { countries } from './countries.seed-data';
import type { SeedRun } from './seed-run';

/** The countries, by code. */
export async function seedCountries(run: SeedRun): Promise<void> {
  await run.ensure(
    countryRecord,
    countries.map((country) => ({ ...country })),
  );
}
