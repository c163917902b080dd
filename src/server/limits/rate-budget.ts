import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { logger } from '../../ops/logger';
import type { LimitSettings } from '../server-settings';

/** What spending from a viewer's budget came to: the points left, and when refused, how long to wait. */
export type Spending =
  { allowed: true; remaining: number } | { allowed: false; remaining: number; retryAfterSeconds: number };

/** Every viewer's budget of points per window: cost points, or (per client address) bad tokens. */
export interface CostBudget {
  /** Takes `points` from `key`'s budget, or takes nothing and refuses when fewer are left. */
  spend(key: string, points: number): Promise<Spending>;
  /** Gives `points` taken by `spend` back to `key`'s budget. */
  refund(key: string, points: number): Promise<void>;
  /** Connects to Redis when there is one; until it answers, the budgets are kept in memory. */
  open(): Promise<void>;
  close(): Promise<void>;
}

/** Which budget: its name (in its Redis keys) and the points each key has per window. */
export interface BudgetKind {
  name: string;
  points: number;
}

/**
 * The budgets (the cost budgets unless `kind` says otherwise) in memory (one instance), or in Redis
 * at `redisUrl` so that every instance draws on the same one; while Redis cannot be reached each
 * instance counts in its own memory instead. rate-limiter-flexible counts in fixed windows that
 * start at a key's first request.
 */
export function createCostBudget(
  limits: LimitSettings,
  kind: BudgetKind = { name: 'graphql-cost', points: limits.rateLimitPoints },
): CostBudget {
  const window = {
    points: kind.points,
    duration: limits.rateLimitWindowSeconds,
    keyPrefix: `${limits.redisKeyPrefix}${kind.name}`,
  };
  const memory = new RateLimiterMemory(window);
  let limiter: RateLimiterAbstract = memory;
  let redis: Redis | undefined;
  if (limits.redisUrl) {
    // No offline queue: while Redis is away a request falls back to memory at once instead of waiting.
    redis = new Redis(limits.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    let reachable = true;
    redis.on('error', (error: Error) => {
      if (reachable)
        logger.warn({ err: error }, 'Redis for rate limits is unreachable; counting in memory until it is back');
      reachable = false;
    });
    redis.on('ready', () => {
      reachable = true;
    });
    limiter = new RateLimiterRedis({ ...window, storeClient: redis, insuranceLimiter: memory });
  }
  return {
    async spend(key, points) {
      try {
        return { allowed: true, remaining: (await limiter.consume(key, points)).remainingPoints };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const after = await limiter.reward(key, points);
        return {
          allowed: false,
          remaining: after.remainingPoints,
          retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
        };
      }
    },
    async refund(key, points) {
      await limiter.reward(key, points);
    },
    async open() {
      // A failure is logged by the 'error' listener; ioredis keeps reconnecting in the background.
      await redis?.connect().catch(() => undefined);
    },
    async close() {
      redis?.disconnect();
    },
  };
}
