import type { BlockList } from 'node:net';
import { trustedProxyList } from './client-address';

/** The limits every request is held to; each has an environment variable (README, "Limits"). */
export interface LimitSettings {
  /** Deepest field nesting of an operation. */
  maxDepth: number;
  /** Most aliases in an operation. */
  maxAliases: number;
  /** Most lexical tokens in a query document; parsing stops at the limit. */
  maxTokens: number;
  /** Longest query document, in characters (UTF-16 code units). */
  maxQueryLength: number;
  /** Highest cost of one operation (see `query-cost.ts`). */
  maxCost: number;
  /** Summed cost of the operations one instance runs at once; more wait their turn. 0: no queue. */
  maxCostInFlight: number;
  /** Most operations in one batched HTTP request; 0 turns batching off. */
  maxBatchOperations: number;
  /** Largest HTTP request body, in bytes. */
  maxRequestBytes: number;
  /** Largest CSV file POSTed to the import endpoint, in bytes; the file streams, so it is not held in memory. */
  importMaxBytes: number;
  /** Most imports one instance runs at once (each holds a database connection of its own), and most of them for one client. */
  importMaxConcurrent: number;
  importMaxConcurrentPerClient: number;
  /** How long an import waits for the next bytes of its file before it gives up and writes nothing, in milliseconds. */
  importIdleTimeoutMs: number;
  /** Cost points each viewer may spend per window, and the window's length in seconds. */
  rateLimitPoints: number;
  rateLimitWindowSeconds: number;
  /** Requests with a bad token each client address may send per window; past them its tokens are not looked up. */
  rateLimitBadTokens: number;
  /** Redis server that keeps what every instance shares (rate budgets, response cache, persisted queries); unset keeps them in memory. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key the hub writes, so several hubs (or tests) can share one Redis. */
  redisKeyPrefix: string;
}

/** How the server runs: its limits, and what it shows of itself. */
export interface ServerSettings {
  limits: LimitSettings;
  /** Schema introspection (`__schema`, `__type`). */
  introspection: boolean;
  /** The GraphiQL explorer page. */
  explorer: boolean;
  /** "Did you mean ...?" suggestions in error messages, which reveal the schema. */
  fieldSuggestions: boolean;
  /** Browser origins allowed to call the API across origins; empty sends no CORS headers. */
  corsOrigins: string[];
  /** Reverse proxies whose `X-Forwarded-For` names the client (`client-address.ts`); empty: the connection's peer is the client. */
  trustedProxies: BlockList;
  /** How long an anonymous query's response may be served from the response cache and by HTTP caches, in seconds; 0 turns caching off. */
  responseCacheSeconds: number;
}

type Env = Record<string, string | undefined>;

function wholeNumber(env: Env, name: string, fallback: number, minimum = 0): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < minimum)
    throw new Error(`${name} must be a whole number of ${minimum} or more; got ${JSON.stringify(text)}.`);
  return value;
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (text !== 'true' && text !== 'false')
    throw new Error(`${name} must be "true" or "false"; got ${JSON.stringify(text)}.`);
  return text === 'true';
}

function commaSeparated(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The settings from the environment, with the defaults in one place. Under NODE_ENV=production
 * introspection, the explorer and field suggestions are off unless switched on.
 */
export function serverSettingsFromEnv(env: Env = process.env): ServerSettings {
  const development = env.NODE_ENV !== 'production';
  return {
    limits: {
      maxDepth: wholeNumber(env, 'GRAPHQL_MAX_DEPTH', 12),
      maxAliases: wholeNumber(env, 'GRAPHQL_MAX_ALIASES', 30),
      maxTokens: wholeNumber(env, 'GRAPHQL_MAX_TOKENS', 5_000),
      maxQueryLength: wholeNumber(env, 'GRAPHQL_MAX_QUERY_LENGTH', 100_000),
      maxCost: wholeNumber(env, 'GRAPHQL_MAX_COST', 50_000),
      maxCostInFlight: wholeNumber(env, 'GRAPHQL_MAX_COST_IN_FLIGHT', 100_000),
      maxBatchOperations: wholeNumber(env, 'GRAPHQL_MAX_BATCH', 0),
      maxRequestBytes: wholeNumber(env, 'MAX_REQUEST_BYTES', 4_000_000),
      importMaxBytes: wholeNumber(env, 'IMPORT_MAX_BYTES', 64_000_000),
      importMaxConcurrent: wholeNumber(env, 'IMPORT_MAX_CONCURRENT', 2, 1),
      importMaxConcurrentPerClient: wholeNumber(env, 'IMPORT_MAX_CONCURRENT_PER_CLIENT', 1, 1),
      importIdleTimeoutMs: wholeNumber(env, 'IMPORT_IDLE_TIMEOUT_MS', 30_000, 1),
      rateLimitPoints: wholeNumber(env, 'RATE_LIMIT_POINTS', 1_000_000),
      rateLimitWindowSeconds: wholeNumber(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1),
      rateLimitBadTokens: wholeNumber(env, 'RATE_LIMIT_BAD_TOKENS', 60, 1),
      redisUrl: env.REDIS_URL || undefined,
      redisKeyPrefix: env.REDIS_KEY_PREFIX || 'hub:',
    },
    introspection: onOff(env, 'GRAPHQL_INTROSPECTION', development),
    explorer: onOff(env, 'GRAPHQL_EXPLORER', development),
    fieldSuggestions: onOff(env, 'GRAPHQL_FIELD_SUGGESTIONS', development),
    corsOrigins: commaSeparated(env.CORS_ORIGINS),
    trustedProxies: trustedProxyList(commaSeparated(env.TRUSTED_PROXIES)),
    responseCacheSeconds: wholeNumber(env, 'RESPONSE_CACHE_SECONDS', 30),
  };
}
