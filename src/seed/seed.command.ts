import 'reflect-metadata';
import { openAppDatabase } from '../db/app-database';
import { connectOrm, migrateToLatest } from '../db/orm';
import { seedDatabase } from './seed-database';

/** `npm run db:seed`: brings the hub's database to the latest schema and adds the seed rows it lacks. */
async function main(): Promise<void> {
  const database = await openAppDatabase();
  const orm = await connectOrm(database.url);
  try {
    const applied = await migrateToLatest(orm);
    if (applied.length) process.stdout.write(`Applied ${applied.join(', ')}\n`);
    const { created } = await seedDatabase(orm.em.fork());
    process.stdout.write(`Seed: ${created} ${created === 1 ? 'row' : 'rows'} created.\n`);
  } finally {
    await orm.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
