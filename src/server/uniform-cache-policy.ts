import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FragmentDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../loaders/request-context';

/** Whether a selection is executed: not skipped by `@skip(if: true)` nor left out by `@include(if: false)`. */
function selected(node: SelectionNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * Whether the operation resolves a field of the schema at its root: one not skipped, through its
 * fragments, other than the meta fields (`__typename`, `__schema`, `__type`).
 */
function resolvesSchemaField(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  visited = new Set<string>(),
): boolean {
  return selectionSet.selections.some((node) => {
    if (!selected(node, variables)) return false;
    if (node.kind === Kind.FIELD) return !node.name.value.startsWith('__');
    if (node.kind === Kind.INLINE_FRAGMENT)
      return resolvesSchemaField(node.selectionSet, fragments, variables, visited);
    const name = node.name.value;
    const fragment = fragments.get(name);
    if (!fragment || visited.has(name)) return false;
    visited.add(name);
    return resolvesSchemaField(fragment.selectionSet, fragments, variables, visited);
  });
}

/**
 * The cache policy of an answer when every field of the schema carries the same hint, `maxAge`:
 * what Apollo's cache-control plugin computes field by field (every root field and every field of
 * an object type restricts the answer to `maxAge`; meta fields restrict nothing), found once per
 * operation from its root selection. No hook runs per field, so Apollo leaves the schema's
 * resolvers unwrapped. The answer's `Cache-Control` is set as Apollo's plugin sets it:
 * `max-age=<maxAge>, public` when cacheable and without errors, else `no-store`.
 */
export function uniformCachePolicyPlugin(maxAge: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ document, operation, request, overallCachePolicy }: GraphQLRequestContext<Context>) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document?.definitions ?? [])
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          if (operation && resolvesSchemaField(operation.selectionSet, fragments, request.variables ?? {}))
            overallCachePolicy.restrict({ maxAge });
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable = policy && response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store',
          );
        },
      };
    },
  };
}
