import 'reflect-metadata';
import { Source } from './entities/source.entity';
import { openAppDatabase } from './db/app-database';
import { connectOrm, migrateToLatest } from './db/orm';
import { seedDatabase } from './seed/seed-database';
import { startHub } from './server/hub';

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** `npm start`: the database (embedded unless DATABASE_URL is set), migrations, the seed on an empty database, then the API. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const database = await openAppDatabase();
  log(database.embedded ? `Embedded PostgreSQL started (data in ${process.env.DATA_DIR ?? '.data'}/postgres).` : 'Using the database at DATABASE_URL.');
  const orm = await connectOrm(database.url);
  const applied = await migrateToLatest(orm);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}.`);
  if ((await orm.em.fork().count(Source)) === 0) {
    const { created } = await seedDatabase(orm.em.fork());
    log(`Seeded an empty database: ${created} rows.`);
  }
  const hub = await startHub(orm, Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1');
  log(`The hub serves ${hub.url} (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s). Open it in a browser for the explorer.`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight, then stopping.`);
    await hub.stop();
    await orm.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The hub could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
