import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { formatError } from './format-error';

/** Apollo Server over the hub's schema; the explorer is served by the hub itself (offline GraphiQL). */
export function createApollo(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.GRAPHQL_INTROSPECTION !== 'false',
    // No cache hints are set yet; the default cache-control plugin would wrap every field resolver for nothing.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
}
