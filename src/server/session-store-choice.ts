import type { MikroORM } from '@mikro-orm/postgresql';
import { postgresSessionStore } from '../auth/postgres-session-store';
import { redisSessionStore } from '../auth/redis-session-store';
import type { SessionStore } from '../auth/session-store';
import type { ServerSettings } from './server-settings';

/** The sessions of `settings`: in Redis when REDIS_URL is set (under REDIS_KEY_PREFIX), in PostgreSQL otherwise. */
export function openSessionStore(orm: MikroORM, settings: ServerSettings): SessionStore {
  const lifetimes = {
    idleSeconds: settings.accounts.sessionIdleSeconds,
    maxAgeSeconds: settings.accounts.sessionMaxAgeSeconds,
  };
  const { redisUrl, redisKeyPrefix } = settings.limits;
  return redisUrl ? redisSessionStore(redisUrl, redisKeyPrefix, lifetimes) : postgresSessionStore(orm, lifetimes);
}
