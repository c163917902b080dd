import type { MikroORM } from '@mikro-orm/postgresql';
import { buildHubSchema } from '../schema/build-schema';
import { createApollo } from './apollo';
import { startHttpServer } from './http-server';

/** The hub serving over HTTP: its address, and how to stop it gracefully. */
export interface RunningHub {
  url: string;
  stop(): Promise<void>;
}

/** Builds the schema, starts Apollo and serves it on `port` and `host`. */
export async function startHub(orm: MikroORM, port: number, host: string): Promise<RunningHub> {
  const apollo = createApollo(await buildHubSchema());
  await apollo.start();
  const http = await startHttpServer(apollo, orm, port, host);
  return {
    url: http.url,
    stop: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
