import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { Context } from '../loaders/request-context';
import { uniformCachePolicyPlugin } from './uniform-cache-policy';

/** Whether an answer holds only public data and may be shared: an anonymous caller's query. */
function isPublic({ contextValue, operation }: GraphQLRequestContext<Context>): boolean {
  return contextValue.viewer.role === null && operation?.operation === 'query';
}

/**
 * Caching of public answers for `maxAgeSeconds` (none at 0). Every field carries the cache hint
 * `maxAge` (uniformCachePolicyPlugin, in place of Apollo's cache-control plugin, which would run a
 * hook for each field of each object to find the same), so an anonymous query's answer without errors is
 * `Cache-Control: max-age=<maxAge>, public` and is kept in the response cache (Apollo's `cache`,
 * Redis when shared); a later identical anonymous query is answered from it without running, after
 * its cost has been charged like any other. A token holder's answer or a mutation's is never cached
 * or taken from the cache, and says `Cache-Control: no-store`. The pages of a download (`/export/...`)
 * are not written to it. Writes do not invalidate the cache:
 * a change shows in public answers within `maxAgeSeconds`.
 */
export function publicResponseCachePlugins(maxAgeSeconds: number): ApolloServerPlugin<Context>[] {
  if (maxAgeSeconds === 0) return [ApolloServerPluginCacheControlDisabled()];
  const onlyPublic = async (request: GraphQLRequestContext<Context>) => isPublic(request);
  // A download's pages are written out once and never asked for again: kept, they would only fill
  // the cache (and the heap) and push out the answers the pages do ask for again.
  const publicNotDownload = async (request: GraphQLRequestContext<Context>) =>
    isPublic(request) && !request.contextValue.download;
  return [
    ApolloServerPluginCacheControlDisabled(),
    uniformCachePolicyPlugin(maxAgeSeconds),
    {
      async requestDidStart() {
        return {
          async didResolveOperation(request) {
            if (!isPublic(request)) request.overallCachePolicy.restrict({ maxAge: 0 });
          },
        };
      },
    },
    ApolloServerPluginResponseCache<Context>({
      shouldReadFromCache: onlyPublic,
      shouldWriteToCache: publicNotDownload,
    }),
  ];
}
