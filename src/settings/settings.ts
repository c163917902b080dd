/**
 * Every environment variable the hub reads, read here and nowhere else, each checked as it is
 * read: a bad value stops the start with an error naming the variable and the value. README.md
 * lists the same variables ("Configuration" and "Limits"; `test/settings-readme-test.ts` compares).
 * This module sits below every layer (it imports nothing of the hub), so the HTTP front, db, ops
 * and the import all take their settings from it.
 */

/** The names of the variables, each once; a reader below accepts no other name. */
export const ENVIRONMENT_VARIABLES = [
  'NODE_ENV',
  'VITEST',
  'DATABASE_URL',
  'DATA_DIR',
  'PORT',
  'HOST',
  'WEB_CONCURRENCY',
  'DATABASE_POOL_MAX',
  'DATABASE_REPLICA_URLS',
  'DATABASE_CONNECT_TIMEOUT_MS',
  'DATABASE_ACQUIRE_TIMEOUT_MS',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'SQL_LOG',
  'LOG_LEVEL',
  'IMPORT_STATEMENT_TIMEOUT_MS',
  'SHUTDOWN_TIMEOUT_MS',
  'GRAPHQL_INTROSPECTION',
  'GRAPHQL_EXPLORER',
  'GRAPHQL_FIELD_SUGGESTIONS',
  'TRUSTED_PROXIES',
  'CORS_ORIGINS',
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'RESPONSE_CACHE_SECONDS',
  'GRAPHQL_EXECUTOR',
  'HEAP_GROWTH_PERCENT',
  'GRAPHQL_MAX_QUERY_LENGTH',
  'GRAPHQL_MAX_TOKENS',
  'GRAPHQL_MAX_DEPTH',
  'GRAPHQL_MAX_ALIASES',
  'GRAPHQL_MAX_COST',
  'GRAPHQL_MAX_COST_IN_FLIGHT',
  'GRAPHQL_MAX_BATCH',
  'MAX_REQUEST_BYTES',
  'IMPORT_MAX_BYTES',
  'IMPORT_MAX_CONCURRENT',
  'IMPORT_MAX_CONCURRENT_PER_CLIENT',
  'IMPORT_IDLE_TIMEOUT_MS',
  'RATE_LIMIT_POINTS',
  'RATE_LIMIT_WINDOW_SECONDS',
  'RATE_LIMIT_BAD_TOKENS',
  'PUBLIC_URL',
  'SESSION_IDLE_TIMEOUT_SECONDS',
  'SESSION_MAX_AGE_SECONDS',
  'SIGN_IN_ATTEMPTS_PER_ACCOUNT',
  'SIGN_IN_ATTEMPTS_PER_ADDRESS',
  'SIGN_IN_WINDOW_SECONDS',
  'ACCOUNT_LINK_HOURS',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URI',
  'OIDC_PROVIDER_NAME',
  'SMTP_URL',
  'MAIL_FROM',
] as const;

export type EnvironmentVariable = (typeof ENVIRONMENT_VARIABLES)[number];

/** An environment to read: `process.env` unless a test passes its own. */
export type Env = Record<string, string | undefined>;

/** The variable's text; undefined when it is unset or empty. */
function text(env: Env, name: EnvironmentVariable): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

function wholeNumber(env: Env, name: EnvironmentVariable, fallback: number, minimum = 0, maximum?: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < minimum || (maximum !== undefined && number > maximum)) {
    const range = maximum === undefined ? `of ${minimum} or more` : `from ${minimum} to ${maximum}`;
    throw new Error(`${name} must be a whole number ${range}; got ${JSON.stringify(value)}.`);
  }
  return number;
}

function onOff(env: Env, name: EnvironmentVariable, fallback: boolean): boolean {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (value !== 'true' && value !== 'false')
    throw new Error(`${name} must be "true" or "false"; got ${JSON.stringify(value)}.`);
  return value === 'true';
}

function commaSeparated(env: Env, name: EnvironmentVariable): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(env: Env, name: EnvironmentVariable, choices: readonly T[], fallback: T): T {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new Error(`${name} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}.`);
  return value as T;
}

/** Under NODE_ENV=production introspection, the explorer and field suggestions are off unless switched on. */
function isProduction(env: Env): boolean {
  return env.NODE_ENV === 'production';
}

// ---- The database (src/db, mikro-orm.config.ts) ----

/** Where the hub's database is. */
export interface DatabaseLocation {
  /** DATABASE_URL: the server and database; undefined starts an embedded PostgreSQL. */
  url: string | undefined;
  /** DATA_DIR: where the embedded PostgreSQL keeps its data (under `postgres/`); undefined: `.data` in the working directory. */
  dataDir: string | undefined;
  /** DATABASE_REPLICA_URLS: read replicas of `url`. */
  replicaUrls: string[];
}

export function databaseLocation(env: Env = process.env): DatabaseLocation {
  return {
    url: text(env, 'DATABASE_URL'),
    dataDir: text(env, 'DATA_DIR'),
    replicaUrls: commaSeparated(env, 'DATABASE_REPLICA_URLS'),
  };
}

/** How the hub's connections to the database behave. */
export interface DatabaseConnectionSettings {
  /** DATABASE_POOL_MAX: most connections, to the primary and to each replica. */
  poolMax: number;
  /** DATABASE_CONNECT_TIMEOUT_MS: longest wait for a new connection. */
  connectTimeoutMs: number;
  /** DATABASE_ACQUIRE_TIMEOUT_MS: longest wait for a free connection of the pool. */
  acquireTimeoutMs: number;
  /** DATABASE_STATEMENT_TIMEOUT_MS: PostgreSQL's `statement_timeout`; 0 turns it off. */
  statementTimeoutMs: number;
  /** SQL_LOG=1: log every SQL statement with its values. */
  sqlLog: boolean;
}

export function databaseConnectionSettings(env: Env = process.env): DatabaseConnectionSettings {
  return {
    poolMax: wholeNumber(env, 'DATABASE_POOL_MAX', 10, 1),
    connectTimeoutMs: wholeNumber(env, 'DATABASE_CONNECT_TIMEOUT_MS', 1500),
    acquireTimeoutMs: wholeNumber(env, 'DATABASE_ACQUIRE_TIMEOUT_MS', 1500),
    statementTimeoutMs: wholeNumber(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000),
    sqlLog: oneOf(env, 'SQL_LOG', ['0', '1'], '0') === '1',
  };
}

/** IMPORT_STATEMENT_TIMEOUT_MS: `statement_timeout` of each statement of a CSV import, in milliseconds (10 minutes). */
export function importStatementTimeoutMs(env: Env = process.env): number {
  return wholeNumber(env, 'IMPORT_STATEMENT_TIMEOUT_MS', 600_000);
}

// ---- The log (src/ops) ----

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL when set; otherwise `info`, and `silent` under vitest (which sets VITEST) so test output stays readable. */
export function logLevel(env: Env = process.env): LogLevel {
  return oneOf(env, 'LOG_LEVEL', LOG_LEVELS, env.VITEST ? 'silent' : 'info');
}

// ---- The HTTP front (src/server, src/main.ts) ----

/** Where the hub listens. */
export interface ListenSettings {
  /** PORT; 0 picks a free one. */
  port: number;
  /** HOST: the interface. */
  host: string;
}

export function listenSettings(env: Env = process.env): ListenSettings {
  return { port: wholeNumber(env, 'PORT', 4000, 0, 65_535), host: text(env, 'HOST') ?? '127.0.0.1' };
}

/** Most worker processes WEB_CONCURRENCY may ask for. */
export const MAX_WEB_CONCURRENCY = 64;

/**
 * WEB_CONCURRENCY: how many processes serve HTTP. 1 (the default): the hub is one process. More: a
 * primary process opens the database, migrates and seeds it, then forks that many workers
 * (node:cluster) sharing the port. Each worker keeps its own memory, so more than one needs
 * REDIS_URL, where the rate budgets, the response cache, the persisted queries and the sessions are
 * shared (`checkSettings` refuses the start otherwise).
 */
export function webConcurrency(env: Env = process.env): number {
  const workers = wholeNumber(env, 'WEB_CONCURRENCY', 1, 1, MAX_WEB_CONCURRENCY);
  if (workers > 1 && text(env, 'REDIS_URL') === undefined)
    throw new Error(
      `WEB_CONCURRENCY=${workers} needs REDIS_URL: without it each worker would keep its own rate budgets, response cache, persisted queries and sessions (a client would get ${workers} budgets).`,
    );
  return workers;
}

/** SHUTDOWN_TIMEOUT_MS: on SIGTERM or SIGINT, how long requests in flight may take to finish. */
export function shutdownTimeoutMs(env: Env = process.env): number {
  return wholeNumber(env, 'SHUTDOWN_TIMEOUT_MS', 10_000);
}

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

/** How the server runs, as the environment gives it (`src/server/server-settings.ts` turns the proxies into a BlockList). */
export interface ServerEnvSettings {
  limits: LimitSettings;
  /** Schema introspection (`__schema`, `__type`). */
  introspection: boolean;
  /** The GraphiQL explorer page. */
  explorer: boolean;
  /** "Did you mean ...?" suggestions in error messages, which reveal the schema. */
  fieldSuggestions: boolean;
  /** Browser origins allowed to call the API across origins; empty sends no CORS headers. */
  corsOrigins: string[];
  /** Addresses and CIDR ranges of the reverse proxies in front of the hub, as written. */
  trustedProxies: string[];
  /** How long an anonymous query's response may be served from the response cache and by HTTP caches, in seconds; 0 turns caching off. */
  responseCacheSeconds: number;
  /** Sign-in, sessions and account links. */
  accounts: AccountSettings;
  /** What executes operations: graphql-jit (each document compiled once; the default), or graphql-js. */
  executor: GraphQLExecutor;
}

/** The executors `GRAPHQL_EXECUTOR` chooses from. */
export const GRAPHQL_EXECUTORS = ['graphql-js', 'jit'] as const;
export type GraphQLExecutor = (typeof GRAPHQL_EXECUTORS)[number];

/**
 * HEAP_GROWTH_PERCENT: how far V8 lets its heap grow past what the last full collection left alive
 * before it collects again, in percent (V8's `--heap-growing-percent`); 0 leaves it to V8, which grows
 * it up to four times what is alive when collecting is cheap (most of that garbage).
 */
export function heapGrowthPercent(env: Env = process.env): number {
  return wholeNumber(env, 'HEAP_GROWTH_PERCENT', 100, 0, 300);
}

/** The server's settings from the environment, with the defaults in one place. */
export function serverEnvSettings(env: Env = process.env): ServerEnvSettings {
  const development = !isProduction(env);
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
      redisUrl: text(env, 'REDIS_URL'),
      redisKeyPrefix: text(env, 'REDIS_KEY_PREFIX') ?? 'hub:',
    },
    introspection: onOff(env, 'GRAPHQL_INTROSPECTION', development),
    explorer: onOff(env, 'GRAPHQL_EXPLORER', development),
    fieldSuggestions: onOff(env, 'GRAPHQL_FIELD_SUGGESTIONS', development),
    corsOrigins: commaSeparated(env, 'CORS_ORIGINS'),
    trustedProxies: commaSeparated(env, 'TRUSTED_PROXIES'),
    responseCacheSeconds: wholeNumber(env, 'RESPONSE_CACHE_SECONDS', 30),
    accounts: accountSettings(env),
    executor: oneOf(env, 'GRAPHQL_EXECUTOR', GRAPHQL_EXECUTORS, 'jit'),
  };
}

// ---- Accounts and sessions (src/auth, src/server/auth-endpoints.ts) ----

/** OpenID Connect sign-in through an organisation's provider; all four are set together or not at all. */
export interface OidcSettings {
  /** OIDC_ISSUER: the provider's issuer URL (its discovery document is read from it). */
  issuer: string;
  /** OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: the hub's client at the provider. */
  clientId: string;
  clientSecret: string;
  /** OIDC_REDIRECT_URI: where the provider sends the browser back; `PUBLIC_URL` + `/auth/oidc/callback` unless set. */
  redirectUri: string;
  /** OIDC_PROVIDER_NAME: the provider's name on the sign-in page's button; the issuer's host name unless set. */
  providerName: string;
}

/** Mail of invitation and password-reset links; both are set together or not at all. */
export interface MailSettings {
  /** SMTP_URL: the mail server, `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://...` (TLS from the start). */
  smtpUrl: string;
  /** MAIL_FROM: the sender, `hub@example.org` or `Hub <hub@example.org>`. */
  from: string;
}

/** How people sign in and how long they stay signed in. */
export interface AccountSettings {
  /** PUBLIC_URL: the hub's address as browsers reach it (no trailing slash), for the links it hands out. */
  publicUrl: string;
  /** SESSION_IDLE_TIMEOUT_SECONDS: a session unused this long ends. */
  sessionIdleSeconds: number;
  /** SESSION_MAX_AGE_SECONDS: a session ends this long after sign-in, however busy. */
  sessionMaxAgeSeconds: number;
  /** SIGN_IN_ATTEMPTS_PER_ACCOUNT and _PER_ADDRESS: sign-in attempts per window for one email, and from one client address. */
  signInAttemptsPerAccount: number;
  signInAttemptsPerAddress: number;
  /** SIGN_IN_WINDOW_SECONDS: the window of those attempts. */
  signInWindowSeconds: number;
  /** ACCOUNT_LINK_HOURS: how long an invitation or password-reset link works. */
  accountLinkHours: number;
  /** The OpenID Connect provider; undefined when OIDC_ISSUER is unset. */
  oidc: OidcSettings | undefined;
  /** Where invitation and password-reset links are mailed from; undefined when SMTP_URL is unset (no mail is sent). */
  mail: MailSettings | undefined;
}

function url(env: Env, name: EnvironmentVariable): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name} must be an http or https URL; got ${JSON.stringify(value)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`${name} must be an http or https URL; got ${JSON.stringify(value)}.`);
  return value.replace(/\/+$/, '');
}

/**
 * SMTP_URL and MAIL_FROM, checked. The error never repeats SMTP_URL, which may hold a password.
 */
export function mailSettings(env: Env = process.env): MailSettings | undefined {
  const smtpUrl = text(env, 'SMTP_URL');
  const from = text(env, 'MAIL_FROM')?.trim();
  if (smtpUrl === undefined) {
    if (from !== undefined) throw new Error('MAIL_FROM is set without SMTP_URL.');
    return undefined;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(smtpUrl);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname)
    throw new Error('SMTP_URL must be an smtp:// or smtps:// URL with a host (its value is not repeated here).');
  if (!from) throw new Error('SMTP_URL is set: MAIL_FROM (the sender, e.g. hub@example.org) must be set too.');
  if (from.length > 320 || /[\r\n]/.test(from) || !/@[^\s@>]+/.test(from))
    throw new Error(
      `MAIL_FROM must be an email address, optionally with a name; got ${JSON.stringify(from.slice(0, 100))}.`,
    );
  return { smtpUrl, from };
}

export function accountSettings(env: Env = process.env): AccountSettings {
  const publicUrl = url(env, 'PUBLIC_URL') ?? `http://localhost:${listenSettings(env).port}`;
  const issuer = url(env, 'OIDC_ISSUER');
  const clientId = text(env, 'OIDC_CLIENT_ID');
  const clientSecret = text(env, 'OIDC_CLIENT_SECRET');
  if (issuer !== undefined && (clientId === undefined || clientSecret === undefined))
    throw new Error('OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set too.');
  if (issuer === undefined && (clientId !== undefined || clientSecret !== undefined))
    throw new Error('OIDC_CLIENT_ID or OIDC_CLIENT_SECRET is set without OIDC_ISSUER.');
  return {
    publicUrl,
    sessionIdleSeconds: wholeNumber(env, 'SESSION_IDLE_TIMEOUT_SECONDS', 1_800, 1),
    sessionMaxAgeSeconds: wholeNumber(env, 'SESSION_MAX_AGE_SECONDS', 43_200, 1),
    signInAttemptsPerAccount: wholeNumber(env, 'SIGN_IN_ATTEMPTS_PER_ACCOUNT', 5, 1),
    signInAttemptsPerAddress: wholeNumber(env, 'SIGN_IN_ATTEMPTS_PER_ADDRESS', 50, 1),
    signInWindowSeconds: wholeNumber(env, 'SIGN_IN_WINDOW_SECONDS', 900, 1),
    accountLinkHours: wholeNumber(env, 'ACCOUNT_LINK_HOURS', 72, 1),
    oidc:
      issuer === undefined
        ? undefined
        : {
            issuer,
            clientId: clientId!,
            clientSecret: clientSecret!,
            redirectUri: url(env, 'OIDC_REDIRECT_URI') ?? `${publicUrl}/auth/oidc/callback`,
            providerName: (text(env, 'OIDC_PROVIDER_NAME') ?? new URL(issuer).hostname).slice(0, 100),
          },
    mail: mailSettings(env),
  };
}

/**
 * Reads and checks every variable at once, so a bad value stops the start before anything opens;
 * `npm start` calls it first.
 */
export function checkSettings(env: Env = process.env): void {
  databaseLocation(env);
  databaseConnectionSettings(env);
  importStatementTimeoutMs(env);
  logLevel(env);
  listenSettings(env);
  webConcurrency(env);
  shutdownTimeoutMs(env);
  serverEnvSettings(env);
  heapGrowthPercent(env);
}
