import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { inject } from 'vitest';
import { anonymousViewer, type Viewer } from '../../src/auth/viewer';
import { createDatabase, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { connectOrm, migrateToLatest } from '../../src/db/orm';
import { countSqlStatements } from '../../src/db/sql-statement-counter';
import { logger } from '../../src/ops/logger';
import { buildHubSchema } from '../../src/schema/build-schema';
import { accountMailer } from '../../src/server/account-mailer';
import { createApollo } from '../../src/server/apollo';
import { buildContext, type Context } from '../../src/loaders/request-context';
import { startHttpServer } from '../../src/server/http-server';
import { createCostBudget } from '../../src/server/limits/rate-budget';
import { serverSettingsFromEnv, type ServerSettings } from '../../src/server/server-settings';
import type { GraphQLExecutor } from '../../src/settings/settings';

/** What an operation answered, and how many SQL statements it ran. */
export interface OperationResult<T = Record<string, any>> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  extensions: Record<string, any> | undefined;
  statements: number;
}

/** The hub under test: its ORM, its API in-process, and (on demand) over real HTTP. */
export interface TestHub {
  orm: MikroORM;
  /** Runs an operation in-process as `viewer` (an anonymous client unless given), counting its SQL statements. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<OperationResult<T>>;
  /** Starts the HTTP server on a free port and returns the GraphQL endpoint's URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** How a test hub is built beside its settings. */
export interface TestHubOptions {
  /** The executor, whatever the settings and the run's environment say (a test of the executors). */
  executor?: GraphQLExecutor;
}

/**
 * The executor of a test hub: `GRAPHQL_EXECUTOR` of the run's environment when set, also for a hub
 * given settings of its own (built from an environment of their own, they speak of other things),
 * so that a whole run goes under one executor; else that of `settings`.
 */
function executorUnderTest(settings: ServerSettings): GraphQLExecutor {
  return process.env.GRAPHQL_EXECUTOR ? serverSettingsFromEnv().executor : settings.executor;
}

/**
 * The hub over the run's shared, seeded database (tests must not write to it), or over
 * `databaseUrl`; with `settings` instead of those of the environment when given.
 */
export async function initTestHub(
  databaseUrl = inject('databaseUrl'),
  given: ServerSettings = serverSettingsFromEnv(),
  options: TestHubOptions = {},
): Promise<TestHub> {
  const settings: ServerSettings = { ...given, executor: options.executor ?? executorUnderTest(given) };
  const orm = await connectOrm(databaseUrl);
  const budget = createCostBudget(settings.limits);
  const apollo: ApolloServer<Context> = createApollo(await buildHubSchema(), orm, budget, settings);
  await apollo.start();
  const mailer = accountMailer(settings, logger);
  let stopHttp: (() => Promise<void>) | undefined;
  return {
    orm,
    async query<T>(query: string, variables?: Record<string, unknown>, viewer: Viewer = anonymousViewer('test')) {
      const { result, statements } = await countSqlStatements(() =>
        apollo.executeOperation({ query, variables }, { contextValue: buildContext(orm, viewer, mailer) }),
      );
      if (result.body.kind !== 'single') throw new Error('Expected a single result.');
      const { data, errors, extensions } = result.body.singleResult;
      return { data: data as T | null | undefined, errors, extensions, statements };
    },
    async listen() {
      const http = await startHttpServer(apollo, budget, orm, 0, '127.0.0.1', { settings });
      stopHttp = http.close;
      return http.url;
    },
    async close() {
      await stopHttp?.();
      await apollo.stop();
      await orm.close();
    },
  };
}

/** The hub over a new, migrated, empty database of this run, for tests that write; `close()` drops it. `settings` as for initTestHub. */
export async function initScratchHub(settings?: ServerSettings, options?: TestHubOptions): Promise<TestHub> {
  const database = await createScratchDatabase();
  const hub = await initTestHub(database.url, settings, options);
  return {
    ...hub,
    async close() {
      await hub.close();
      await database.drop();
    },
  };
}

/** A new, migrated, empty database of this run, for tests that write; drop it when done. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminUrl');
  const name = `${inject('databasePrefix')}${randomBytes(4).toString('hex')}`;
  await createDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  const orm = await connectOrm(url);
  try {
    await migrateToLatest(orm);
  } finally {
    await orm.close();
  }
  return { url, drop: () => dropDatabase(adminUrl, name) };
}
