import { join } from 'node:path';
import { databaseLocation } from '../settings/settings';
import { ensureDatabase } from './database-admin';
import { startEmbeddedPostgres } from './embedded-postgres-server';

/** The database the hub runs on, and how to let go of it. */
export interface AppDatabase {
  url: string;
  /** True when the hub started its own embedded PostgreSQL server. */
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'hub';

/**
 * `DATABASE_URL` when set; otherwise an embedded PostgreSQL server keeping its data in
 * `DATA_DIR` (default `.data/`), so a restart loses nothing.
 */
export async function openAppDatabase(): Promise<AppDatabase> {
  const location = databaseLocation();
  if (location.url) return { url: location.url, embedded: false, close: async () => undefined };
  const dataDir = join(location.dataDir ?? join(process.cwd(), '.data'), 'postgres');
  const server = await startEmbeddedPostgres(dataDir, { persistent: true });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, close: () => server.stop() };
}
