import type { MikroORM } from '@mikro-orm/postgresql';
import { buildHubSchema } from '../schema/build-schema';
import { createApollo } from './apollo';
import { startHttpServer, type HttpServerOptions } from './http-server';
import { createCostBudget } from './limits/rate-budget';
import { serverSettingsFromEnv } from './server-settings';

/** The hub serving over HTTP: its address, and how to stop it gracefully. */
export interface RunningHub {
  url: string;
  /** Stops accepting requests, lets those in flight finish (within the shutdown timeout), then stops Apollo. */
  stop(): Promise<void>;
}

/** Builds the schema, starts Apollo and serves it on `port` and `host`. */
export async function startHub(
  orm: MikroORM,
  port: number,
  host: string,
  options: HttpServerOptions = {},
): Promise<RunningHub> {
  const settings = options.settings ?? serverSettingsFromEnv();
  // One rate budget for the GraphQL operations and the CSV imports.
  const budget = createCostBudget(settings.limits);
  const apollo = createApollo(await buildHubSchema(), orm, budget, settings);
  await apollo.start();
  const http = await startHttpServer(apollo, budget, orm, port, host, { ...options, settings });
  return {
    url: http.url,
    stop: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
