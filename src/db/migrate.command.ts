import { runDatabaseCommand } from './database-command';

/** `npm run db:migrate`: brings the hub's database to the latest schema. */
runDatabaseCommand(async () => 'The database is up to date.');
