import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SqlCountingLogger } from './src/db/sql-statement-counter';
import { entities } from './src/entities';
import { migrationsList } from './src/migrations';

/**
 * The one MikroORM configuration of the hub: the server, the commands (`db:migrate`, `db:seed`)
 * and the tests all call this with the URL of the database they use.
 */
export function createOrmConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      path: 'src/migrations',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    loggerFactory: (options) => new SqlCountingLogger(options),
    debug: process.env.SQL_LOG === '1',
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    ...overrides,
  });
}
