import 'reflect-metadata';
import { Source } from './entities/source.entity';
import { openAppDatabase } from './db/app-database';
import { takeOverShutdownSignals } from './db/embedded-postgres-server';
import { connectOrm, migrateToLatest } from './db/orm';
import { replicaOptionsFromEnv } from './db/replica-reads';
import { logger } from './ops/logger';
import { seedDatabase } from './seed/seed-database';
import { setHeapGrowth } from './ops/heap-growth';
import { checkSettings, databaseLocation, heapGrowthPercent, listenSettings } from './settings/settings';
import { startHub } from './server/hub';

/** `npm start`: the database (embedded unless DATABASE_URL is set) and its read replicas, migrations, the seed on an empty database, then the API. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  checkSettings();
  setHeapGrowth(heapGrowthPercent());
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
  const { port, host } = listenSettings();
  const hub = await startHub(orm, port, host);
  logger.info(
    { url: hub.url },
    `The hub serves ${hub.url} (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s). Open it in a browser for the explorer.`,
  );

  // Graceful shutdown: stop accepting, let requests in flight finish (SHUTDOWN_TIMEOUT_MS at most),
  // then close the database pool and the embedded server. A second signal exits at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting for requests in flight.`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: no new connections; finishing requests in flight, then stopping.`);
    try {
      await hub.stop();
      await orm.close();
      await database.close();
      logger.info('Stopped.');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'The hub could not stop cleanly.');
      process.exit(1);
    }
  };
  takeOverShutdownSignals();
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'The hub could not start.');
  process.exit(1);
});
