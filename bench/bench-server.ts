import { join, relative } from 'node:path';
import { withDatabase } from '../src/db/database-admin';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres-server';

/** The PostgreSQL server the benchmark's own databases live on. */
export interface BenchServer {
  adminUrl: string;
  urlFor(database: string): string;
  /** What the report names the server as. */
  description: string;
  close(): Promise<void>;
}

/**
 * With `DATABASE_URL`, that server (the benchmark creates and uses only its own `hub_bench_*`
 * databases there); without, an embedded PostgreSQL keeping its data in `DATA_DIR/bench`
 * (`.data/bench`), apart from the app's `.data/postgres`.
 */
export async function openBenchServer(): Promise<BenchServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return {
      adminUrl: withDatabase(configured, 'postgres'),
      urlFor: (database) => withDatabase(configured, database),
      description: `the server of DATABASE_URL (${new URL(configured).host})`,
      close: async () => undefined,
    };
  }
  const dataDir = join(process.env.DATA_DIR ?? join(process.cwd(), '.data'), 'bench');
  const server = await startEmbeddedPostgres(dataDir, { persistent: true });
  return {
    adminUrl: server.adminUrl,
    urlFor: server.urlFor,
    description: `embedded PostgreSQL (data in ${relative(process.cwd(), dataDir)})`,
    close: () => server.stop(),
  };
}

/** The benchmark database of one dataset size: `hub_bench_quick`, `hub_bench_200000`, ... */
export function benchDatabaseName(observations: number, quick: boolean): string {
  return quick ? 'hub_bench_quick' : `hub_bench_${observations}`;
}
