import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { createClient, createKeyv } from '@keyv/redis';
import { logger } from '../ops/logger';
import type { Context } from '../loaders/request-context';
import type { LimitSettings } from './server-settings';

/** The key-value store of the response cache and the persisted queries, and how to open and close it. */
export interface SharedCache {
  /** Apollo's `cache` option: its bounded in-memory cache, or Redis. */
  cache: NonNullable<ApolloServerOptions<Context>['cache']>;
  /** Connects to Redis as the server starts and disconnects as it stops. */
  lifecycle: ApolloServerPlugin<Context>;
}

/**
 * Apollo's own bounded in-memory cache (one instance), or Redis at `redisUrl` under
 * `<redisKeyPrefix>cache:` so that every instance serves what another cached or registered.
 * While Redis cannot be reached, reads miss and writes are dropped at once (no offline queue):
 * requests run as if nothing were cached.
 */
export function createSharedCache({
  redisUrl,
  redisKeyPrefix,
}: Pick<LimitSettings, 'redisUrl' | 'redisKeyPrefix'>): SharedCache {
  if (!redisUrl) return { cache: 'bounded', lifecycle: {} };
  const client = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { connectTimeout: 1000 } });
  let reachable = true;
  const unreachable = (error: unknown) => {
    if (reachable)
      logger.warn({ err: error }, 'Redis for the shared cache is unreachable; caching nothing until it is back');
    reachable = false;
  };
  client.on('error', unreachable);
  client.on('ready', () => {
    reachable = true;
  });
  const keyv = createKeyv(client, {
    namespace: `${redisKeyPrefix}cache`,
    keyPrefixSeparator: ':',
    throwOnConnectError: false,
    throwOnErrors: false,
  });
  keyv.on('error', unreachable);
  return {
    cache: new KeyvAdapter<string>(keyv),
    lifecycle: {
      async serverWillStart() {
        // A failure is logged by the 'error' listener; the client keeps reconnecting in the background.
        client.connect().catch(unreachable);
        return {
          async serverWillStop() {
            if (client.isOpen) client.destroy();
          },
        };
      },
    },
  };
}
