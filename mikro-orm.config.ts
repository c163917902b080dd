import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SqlCountingLogger } from './src/db/sql-statement-counter';
import { logger } from './src/ops/logger';
import { entities } from './src/entities';
import { migrationsList } from './src/migrations';
import { databaseConnectionSettings } from './src/settings/settings';

const knexLog = logger.child({ component: 'knex' });

/**
 * Time limits that make a request fail fast while PostgreSQL is down or unreachable, instead of
 * waiting for the pool: opening a connection and waiting for a free one give up after 1.5 s, and
 * a statement running longer than 30 s is cancelled by the server. A failed connection attempt
 * rejects the waiting query at once, and the pool opens new connections by itself when the
 * server is back. (DATABASE_CONNECT_TIMEOUT_MS, DATABASE_ACQUIRE_TIMEOUT_MS and
 * DATABASE_STATEMENT_TIMEOUT_MS, read by `src/settings/settings.ts`.)
 *
 * The one MikroORM configuration of the hub: the server, the commands (`db:migrate`, `db:seed`)
 * and the tests all call this with the URL of the database they use.
 */
export function createOrmConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  const connection = databaseConnectionSettings();
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
    debug: connection.sqlLog,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: connection.poolMax, acquireTimeoutMillis: connection.acquireTimeoutMs },
    driverOptions: {
      connection: {
        connectionTimeoutMillis: connection.connectTimeoutMs,
        statement_timeout: connection.statementTimeoutMs,
        keepAlive: true,
      },
      // knex warns about connections the server closed (as in an outage) through this, not the console.
      log: {
        warn: (message: unknown) => knexLog.warn(String(message)),
        error: (message: unknown) => knexLog.error(String(message)),
        deprecate: (method: string, alternative: string) => knexLog.warn(`${method} is deprecated; use ${alternative}`),
        debug: (message: unknown) => knexLog.debug(String(message)),
      },
    },
    ...overrides,
  });
}
