import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Source } from './entities/source.entity';
import { openAppDatabase, type AppDatabase } from './db/app-database';
import { takeOverShutdownSignals } from './db/embedded-postgres-server';
import { connectOrm, migrateToLatest } from './db/orm';
import { replicaOptionsFromEnv } from './db/replica-reads';
import { serveClusterMetrics } from './ops/cluster-metrics';
import { logger } from './ops/logger';
import { seedDatabase } from './seed/seed-database';
import { setHeapGrowth } from './ops/heap-growth';
import { missingNodeFlags } from './ops/node-flags';
import {
  checkSettings,
  databaseLocation,
  heapGrowthPercent,
  listenSettings,
  shutdownTimeoutMs,
  webConcurrency,
} from './settings/settings';
import { startHub, type RunningHub } from './server/hub';

/** What a worker tells the primary once it serves, and what the primary tells a worker to stop. */
const SERVING = 'hub:serving';
const STOP = 'hub:stop';
/** How much longer than SHUTDOWN_TIMEOUT_MS the primary waits for its workers before it kills them. */
const WORKER_STOP_GRACE_MS = 5_000;

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set) and its read replicas, migrations, the seed on an empty database, then the API:
 * served by this process, or under WEB_CONCURRENCY > 1 by that many worker processes (node:cluster)
 * sharing the port, this one (the primary) keeping the database and forwarding the stop signals.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  checkSettings();
  setHeapGrowth(heapGrowthPercent());
  if (cluster.isWorker) return serveAsWorker(startedAt);
  const missingFlags = missingNodeFlags();
  if (missingFlags.length)
    logger.info(
      `Node runs without ${missingFlags.join(' ')}, which npm start gives it: large pages cost more CPU in garbage collection.`,
    );
  const workers = webConcurrency();
  const database = await openAppDatabase();
  logger.info(
    database.embedded
      ? `Embedded PostgreSQL started (data in ${databaseLocation().dataDir ?? '.data'}/postgres).`
      : 'Using the database at DATABASE_URL.',
  );
  const replicaOptions = replicaOptionsFromEnv();
  const orm = await connectOrm(database.url, replicaOptions);
  const replicas = replicaOptions.replicas?.length ?? 0;
  if (replicas)
    logger.info(`Query operations read from ${replicas} replica${replicas === 1 ? '' : 's'} (DATABASE_REPLICA_URLS).`);
  const applied = await migrateToLatest(orm);
  if (applied.length) logger.info({ migrations: applied }, `Applied migrations: ${applied.join(', ')}.`);
  if ((await orm.em.fork().count(Source)) === 0) {
    const { created } = await seedDatabase(orm.em.fork());
    logger.info({ created }, `Seeded an empty database: ${created} rows.`);
  }
  if (workers > 1) {
    await orm.close();
    return runPrimary(database, workers, startedAt);
  }
  const { port, host } = listenSettings();
  const hub = await startHub(orm, port, host);
  logger.info(
    { url: hub.url },
    `The hub serves ${hub.url} (ready in ${seconds(startedAt)} s). Open it in a browser for the explorer.`,
  );
  stopOnSignals(hub, orm, database);
}

/**
 * Graceful shutdown of a process that serves: stop accepting, let requests in flight finish
 * (SHUTDOWN_TIMEOUT_MS at most), then close the database pool and (when this process opened it)
 * the embedded server. A second signal exits at once. A worker also stops when the primary says so.
 */
function stopOnSignals(hub: RunningHub, orm: MikroORM, database?: AppDatabase): void {
  let stopping = false;
  let signals = 0;
  const stop = async (signal: string, bySignal: boolean) => {
    if (bySignal) signals += 1;
    if (stopping) {
      // Only a second signal hurries: the primary's word followed by the terminal's Ctrl-C (which
      // reaches the whole process group) is one request to stop.
      if (signals < 2) return;
      logger.warn(`${signal} again: exiting without waiting for requests in flight.`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: no new connections; finishing requests in flight, then stopping.`);
    try {
      await hub.stop();
      await orm.close();
      await database?.close();
      logger.info('Stopped.');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'The hub could not stop cleanly.');
      process.exit(1);
    }
  };
  takeOverShutdownSignals();
  process.on('SIGINT', () => void stop('SIGINT', true));
  process.on('SIGTERM', () => void stop('SIGTERM', true));
  // The primary's word is not a signal: a worker that a terminal's Ctrl-C reached before or after
  // it (the whole process group gets SIGINT) goes on finishing its requests.
  if (cluster.isWorker)
    process.on('message', (message: { type?: unknown; signal?: unknown }) => {
      if (message?.type === STOP) void stop(String(message.signal), false);
    });
}

/** A worker under WEB_CONCURRENCY > 1: connects to the primary's database (DATABASE_URL, set by the primary) and serves on the shared port. */
async function serveAsWorker(startedAt: number): Promise<void> {
  const orm = await connectOrm(databaseLocation().url!, replicaOptionsFromEnv());
  const { port, host } = listenSettings();
  const hub = await startHub(orm, port, host);
  logger.info(`Worker ${process.pid} serves ${hub.url} (ready in ${seconds(startedAt)} s).`);
  stopOnSignals(hub, orm);
  process.send!({ type: SERVING, url: hub.url });
}

/**
 * The primary under WEB_CONCURRENCY > 1: forks the workers, each connecting to `database`; logs
 * the address once every one serves; answers their requests for the summed metrics; on SIGINT or
 * SIGTERM tells each to stop, waits for them, then closes the database. A worker that exits
 * unexpectedly (or before serving) stops the others and the primary exits 1, so whatever supervises
 * the hub (systemd, Kubernetes) restarts it whole rather than it serving on fewer workers unnoticed.
 */
function runPrimary(database: AppDatabase, count: number, startedAt: number): void {
  serveClusterMetrics();
  // The workers get the hub's Node options even when the primary was started without them.
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...missingNodeFlags()] });
  const live = new Set<Worker>();
  let serving = 0;
  let stopping = false;
  let allExited: () => void = () => undefined;
  const exited = new Promise<void>((resolve) => (allExited = resolve));

  const stop = async (reason: string, exitCode: number) => {
    stopping = true;
    logger.info(`${reason}: stopping ${live.size} worker${live.size === 1 ? '' : 's'}, then the database.`);
    for (const worker of live) if (worker.isConnected()) worker.send({ type: STOP, signal: reason });
    const killer = setTimeout(() => {
      logger.warn('Workers still running past the shutdown timeout: killing them.');
      for (const worker of live) worker.process.kill('SIGKILL');
    }, shutdownTimeoutMs() + WORKER_STOP_GRACE_MS);
    if (live.size > 0) await exited;
    clearTimeout(killer);
    try {
      await database.close();
      logger.info('Stopped.');
      process.exit(exitCode);
    } catch (error) {
      logger.error({ err: error }, 'The database could not stop cleanly.');
      process.exit(1);
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting for requests in flight.`);
      for (const worker of live) worker.process.kill(signal);
      process.exit(1);
    }
    void stop(signal, 0);
  };
  takeOverShutdownSignals();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  cluster.on('message', (worker, message: { type?: unknown; url?: unknown }) => {
    if (message?.type !== SERVING) return;
    serving += 1;
    if (serving === count)
      logger.info(
        { url: message.url, workers: count },
        `The hub serves ${String(message.url)} with ${count} worker processes (ready in ${seconds(startedAt)} s). Open it in a browser for the explorer.`,
      );
  });
  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    if (!stopping) {
      logger.error(
        { worker: worker.process.pid, code, signal },
        `Worker ${worker.process.pid} exited unexpectedly (${signal ?? `code ${code}`}).`,
      );
      void stop('A worker exited', 1);
    }
    if (live.size === 0) allExited();
  });
  // Each worker reads DATABASE_URL like any process: the primary's embedded server when it started one.
  for (let index = 0; index < count; index += 1) live.add(cluster.fork({ DATABASE_URL: database.url }));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'The hub could not start.');
  process.exit(1);
});
