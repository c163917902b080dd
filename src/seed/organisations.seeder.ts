import { organisationRecord } from '../entities/organisation.entity';
import { organisations } from './organisations.seed-data';
import type { SeedRun } from './seed-run';

/** The organisations, by code. */
export async function seedOrganisations(run: SeedRun): Promise<void> {
  await run.ensure(
    organisationRecord,
    organisations.map((organisation) => ({ ...organisation })),
  );
}
