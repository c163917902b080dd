import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { seedActivities } from './activities.seeder';
import { seedCountries } from './countries.seeder';
import { seedFrameworks } from './frameworks.seeder';
import { seedGoodPractices } from './good-practices.seeder';
import { seedIndicators } from './indicators.seeder';
import { seedMunicipalities } from './municipalities.seeder';
import { seedNetworks } from './networks.seeder';
import { seedObservations } from './observations.seeder';
import { seedOrganisations } from './organisations.seeder';
import { seedPolicyDocuments } from './policy-documents.seeder';
import { seedProgrammeComponents } from './programme-components.seeder';
import { seedProgrammeLinks } from './programme-links.seeder';
import { seedProgrammeParticipants } from './programme-participants.seeder';
import { seedProgrammes } from './programmes.seeder';
import { SeedRun } from './seed-run';
import { seedSources } from './sources.seeder';
import { seedThemes } from './themes.seeder';
import { seedWorkingGroups } from './working-groups.seeder';

/**
 * The seeders, one per table (or a record's link tables), each after those whose rows it names: the
 * order also fixes the seeded rows' ids, so a new seeder goes after those it names (`test/seed-test.ts`
 * checks every many-to-one reference against it).
 */
const SEEDERS: readonly ((run: SeedRun) => Promise<void>)[] = [
  seedCountries,
  seedSources,
  seedOrganisations,
  seedThemes,
  seedIndicators,
  seedMunicipalities,
  seedProgrammes,
  seedProgrammeComponents,
  seedProgrammeLinks,
  seedProgrammeParticipants,
  seedWorkingGroups,
  seedNetworks,
  seedPolicyDocuments,
  seedGoodPractices,
  seedActivities,
  seedObservations,
  seedFrameworks,
];

/**
 * Writes the seed data (src/seed/*.seed-data.ts, each table by its `*.seeder.ts`) in one
 * transaction, finding every record by its natural key before creating it: a second run creates
 * nothing and changes nothing. Existing rows are never updated, so data edited through the API
 * survives a reseed. Returns how many rows it created, and the entities it filled in order.
 */
export async function seedDatabase(
  em: EntityManager,
): Promise<{ created: number; filled: readonly EntityClass<object>[] }> {
  return em.transactional(async (tx) => {
    const run = new SeedRun(tx);
    for (const seed of SEEDERS) {
      await seed(run);
      // The next seeders name these rows by id.
      await run.flush();
    }
    return { created: run.created, filled: run.filled };
  });
}
