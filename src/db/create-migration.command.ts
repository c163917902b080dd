import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { databaseLocation } from '../settings/settings';
import { createDatabase, dropDatabase, withDatabase } from './database-admin';
import { startEmbeddedPostgres } from './embedded-postgres-server';
import { connectOrm, migrateToLatest } from './orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run db:migration:create`: writes a migration for the difference between the entities and
 * the latest migration, computed on a scratch database (on `DATABASE_URL`'s server, or an
 * embedded one) that is dropped afterwards. Add the new class to `src/migrations/index.ts`.
 */
async function main(): Promise<void> {
  const scratch = `hub_migration_${randomBytes(4).toString('hex')}`;
  let adminUrl: string;
  let stopServer = async () => undefined as void;
  const { url } = databaseLocation();
  if (url) {
    adminUrl = withDatabase(url, 'postgres');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'hub-migration-'));
    const server = await startEmbeddedPostgres(dir, { persistent: false });
    adminUrl = server.adminUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await createDatabase(adminUrl, scratch);
  const orm = await connectOrm(withDatabase(adminUrl, scratch));
  try {
    await migrateToLatest(orm);
    const initial = process.argv.includes('--initial');
    const result = await orm.getMigrator().createMigration('src/migrations', false, initial);
    process.stdout.write(result.fileName ? `Wrote src/migrations/${result.fileName}\n` : 'No schema changes.\n');
  } finally {
    await orm.close();
    await dropDatabase(adminUrl, scratch);
    await stopServer();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
