import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres-server';
import { connectOrm, migrateToLatest } from '../../src/db/orm';
import { seedDatabase } from '../../src/seed/seed-database';
import { listOwnDatabases } from './own-databases';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database, for creating and dropping the run's own databases. */
    adminUrl: string;
    /** Prefix of every database this run creates; only those are ever dropped. */
    databasePrefix: string;
    /** The run's migrated and seeded database, shared by the read-only tests. */
    databaseUrl: string;
  }
}

/**
 * Starts an embedded PostgreSQL in a temporary directory, or uses the server of DATABASE_URL,
 * and creates a fresh, seeded database for the run. Teardown drops every database the run
 * created (and only those) and stops the embedded server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl: string;
  let stopServer = async (): Promise<void> => undefined;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'hub-test-pg-'));
    const server = await startEmbeddedPostgres(dir, { persistent: false });
    adminUrl = server.adminUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const databasePrefix = `hub_test_${randomBytes(4).toString('hex')}_`;
  const shared = `${databasePrefix}seeded`;
  await createDatabase(adminUrl, shared);
  const databaseUrl = withDatabase(adminUrl, shared);
  const orm = await connectOrm(databaseUrl);
  try {
    await migrateToLatest(orm);
    await seedDatabase(orm.em.fork());
  } finally {
    await orm.close();
  }
  project.provide('adminUrl', adminUrl);
  project.provide('databasePrefix', databasePrefix);
  project.provide('databaseUrl', databaseUrl);

  return async () => {
    for (const name of await listOwnDatabases(adminUrl, databasePrefix)) await dropDatabase(adminUrl, name);
    // The note built-app.ts leaves once it has compiled the app for this run.
    rmSync(join(tmpdir(), `${databasePrefix}built`), { force: true });
    await stopServer();
  };
}
