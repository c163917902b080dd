import { runDatabaseCommand } from '../db/database-command';
import { seedDatabase } from './seed-database';

/** `npm run db:seed`: brings the hub's database to the latest schema and adds the seed rows it lacks. */
runDatabaseCommand(async (orm) => {
  const { created } = await seedDatabase(orm.em.fork());
  return `Seed: ${created} ${created === 1 ? 'row' : 'rows'} created.`;
});
