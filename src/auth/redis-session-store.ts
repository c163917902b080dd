import Redis from 'ioredis';
import { newSessionSecret, sessionHash, type SessionLifetimes, type SessionStore } from './session-store';

/**
 * Sessions in Redis at `redisUrl`, shared by every instance: `<prefix>session:<hash>` holds the
 * account and the sign-in time and expires when the session would go idle (or reach its maximum
 * age, whichever is first); `<prefix>account-sessions:<account>` lists an account's sessions so
 * they can all be ended. While Redis cannot be reached, signed-in requests fail rather than pass.
 */
export function redisSessionStore(redisUrl: string, prefix: string, lifetimes: SessionLifetimes): SessionStore {
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  const connected = redis.connect().catch(() => undefined);
  const sessionKey = (hash: string) => `${prefix}session:${hash}`;
  const accountKey = (accountId: number) => `${prefix}account-sessions:${accountId}`;
  const { idleSeconds, maxAgeSeconds } = lifetimes;
  /** Milliseconds until a session signed in at `createdAt` and used now ends. */
  const lifeLeft = (createdAt: number) => Math.min(idleSeconds * 1000, createdAt + maxAgeSeconds * 1000 - Date.now());
  return {
    async open(accountId) {
      await connected;
      const secret = newSessionSecret();
      const hash = sessionHash(secret);
      const createdAt = Date.now();
      await redis
        .multi()
        .set(sessionKey(hash), JSON.stringify({ accountId, createdAt }), 'PX', lifeLeft(createdAt))
        .sadd(accountKey(accountId), hash)
        .pexpire(accountKey(accountId), maxAgeSeconds * 1000)
        .exec();
      return secret;
    },
    async use(secret) {
      await connected;
      const key = sessionKey(sessionHash(secret));
      const stored = await redis.get(key);
      if (stored === null) return null;
      const { accountId, createdAt } = JSON.parse(stored) as { accountId: number; createdAt: number };
      const left = lifeLeft(createdAt);
      if (left <= 0) {
        await redis.del(key);
        return null;
      }
      await redis.pexpire(key, left);
      return { accountId, createdAt: new Date(createdAt) };
    },
    async end(secret) {
      await connected;
      await redis.del(sessionKey(sessionHash(secret)));
    },
    async endAll(accountId) {
      await connected;
      const hashes = await redis.smembers(accountKey(accountId));
      await redis.del(accountKey(accountId), ...hashes.map(sessionKey));
    },
    async close() {
      redis.disconnect();
    },
  };
}
