/**
 * The hub's settings for the benchmark: no response cache (each request does its work), no rate
 * budget to run out of, pool waits as long as a request may take (the default 1.5 s answers
 * SERVICE_UNAVAILABLE under 32 concurrent slow requests), warnings only in the log.
 */
export const HUB_ENV = {
  NODE_ENV: 'production',
  RESPONSE_CACHE_SECONDS: '0',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_POINTS: String(Number.MAX_SAFE_INTEGER),
  DATABASE_ACQUIRE_TIMEOUT_MS: '60000',
};
