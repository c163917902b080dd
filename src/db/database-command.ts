import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openAppDatabase } from './app-database';
import { connectOrm, migrateToLatest } from './orm';

/**
 * Runs a command-line task on the hub's database brought to the latest schema: opens it
 * (embedded unless DATABASE_URL is set), migrates, runs `work`, prints what it says, and closes
 * everything; a failure prints its stack and exits 1.
 */
export function runDatabaseCommand(work: (orm: MikroORM) => Promise<string>): void {
  const run = async () => {
    const database = await openAppDatabase();
    const orm = await connectOrm(database.url);
    try {
      const applied = await migrateToLatest(orm);
      if (applied.length) process.stdout.write(`Applied ${applied.join(', ')}.\n`);
      process.stdout.write(`${await work(orm)}\n`);
    } finally {
      await orm.close();
      await database.close();
    }
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
