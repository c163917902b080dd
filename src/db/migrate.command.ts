import 'reflect-metadata';
import { openAppDatabase } from './app-database';
import { connectOrm, migrateToLatest } from './orm';

/** `npm run db:migrate`: brings the hub's database to the latest schema. */
async function main(): Promise<void> {
  const database = await openAppDatabase();
  const orm = await connectOrm(database.url);
  try {
    const applied = await migrateToLatest(orm);
    process.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date.\n');
  } finally {
    await orm.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
