import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../loaders/request-context';
import { logger } from '../ops/logger';
import { formatError, withoutSuggestions } from './format-error';
import { jitGateway } from './jit-executor';
import { aliasLimitRule } from './limits/alias-limit';
import { depthLimitRule } from './limits/depth-limit';
import { limitsPlugin } from './limits/limits-plugin';
import { parserLimits } from './limits/parser-limits';
import type { CostBudget } from './limits/rate-budget';
import { createScopeCountsCache } from './limits/scope-counts-cache';
import { operationChecksPlugin } from './operation-checks.plugin';
import { operationNamePlugin } from './operation-name.plugin';
import { publicResponseCachePlugins } from './public-response-cache';
import { replicaReadsPlugin } from './replica-reads.plugin';
import { serverSettingsFromEnv, type ServerSettings } from './server-settings';
import { createSharedCache } from './shared-cache';
import { withWebAppOperations } from './web-app-operations';

/** How long a registered persisted query is kept after its registration, in seconds. */
const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;

/**
 * Apollo Server over the hub's schema, held to the limits of `settings` and showing as much of the
 * schema as they allow; the explorer is served by the hub itself (offline GraphiQL). Automatic
 * persisted queries (the web app's own known from the start) and the public response cache live in
 * one cache, shared through Redis when `REDIS_URL` is set; query operations read from the replicas
 * when there are any. Operations spend from `budget`, which Apollo opens on start and closes on
 * stop; `orm` gives the scope counts analytics are priced by.
 */
export function createApollo(
  schema: GraphQLSchema,
  orm: MikroORM,
  budget: CostBudget,
  settings: ServerSettings = serverSettingsFromEnv(),
): ApolloServer<Context> {
  const { limits } = settings;
  const shared = createSharedCache(limits);
  return new ApolloServer<Context>({
    // graphql-jit runs behind Apollo's gateway interface, so every plugin hook still runs around it.
    ...(settings.executor === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    formatError: settings.fieldSuggestions
      ? formatError
      : (formatted, error) => withoutSuggestions(formatError(formatted, error)),
    logger: logger.child({ component: 'apollo' }),
    includeStacktraceInErrorResponses: false,
    // The hub's own shutdown (main.ts) drains HTTP first and stops Apollo after; Apollo's handler would stop it at once and re-send the signal.
    stopOnTerminationSignals: false,
    introspection: settings.introspection,
    csrfPrevention: true,
    parseOptions: parserLimits(limits),
    validationRules: [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)],
    allowBatchedHttpRequests: limits.maxBatchOperations > 0,
    cache: shared.cache,
    // A persisted query is parsed, validated, checked and costed like any other; it is stored only once it passed.
    persistedQueries: {
      ttl: PERSISTED_QUERY_TTL_SECONDS,
      cache: withWebAppOperations(shared.cache === 'bounded' ? new InMemoryLRUCache() : shared.cache),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      shared.lifecycle,
      operationNamePlugin<Context>(),
      operationChecksPlugin(),
      limitsPlugin(limits, budget, createScopeCountsCache(orm)),
      replicaReadsPlugin(),
      ...publicResponseCachePlugins(settings.responseCacheSeconds),
    ],
  });
}
