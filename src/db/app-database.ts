import { join } from 'node:path';
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
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, close: async () => undefined };
  const dataDir = join(process.env.DATA_DIR ?? join(process.cwd(), '.data'), 'postgres');
  const server = await startEmbeddedPostgres(dataDir, { persistent: true });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, close: () => server.stop() };
}
