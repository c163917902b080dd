import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../loaders/request-context';
import { fragmentsByName } from './document-fragments';

/** A `Cache-Control` this plugin (or Apollo's) writes for a cacheable answer. */
const CACHEABLE_HEADER = /^max-age=(\d+), (public|private)$/;

/** The operation's variables as execution reads them (defaults applied); undefined when they do not fit their types. */
type Variables = () => Record<string, unknown> | undefined;

/**
 * Whether a selection is executed: not skipped by `@skip(if: true)` nor left out by `@include(if: false)`.
 * Undefined when execution would refuse the directive's value (variables that do not fit, null for
 * `if`): execution answers that with an error, and an answer with errors is never cached.
 */
function selected(node: SelectionNode, variables: Variables): boolean | undefined {
  if (!node.directives?.length) return true;
  const values = variables();
  if (!values) return undefined;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, values)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, values)?.if !== false;
  } catch {
    return undefined;
  }
}

/** The variables of `operation` coerced as graphql-js coerces them, computed once and only when a directive needs them. */
function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown>,
): Variables {
  let values: Record<string, unknown> | undefined;
  let done = false;
  return () => {
    if (!done) {
      done = true;
      values = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 }).coerced;
    }
    return values;
  };
}

/**
 * Whether the operation resolves a field of the schema at its root: one not skipped, through its
 * fragments, other than the meta fields (`__typename`, `__schema`, `__type`).
 */
function resolvesSchemaField(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Variables,
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
        async executionDidStart({
          schema,
          document,
          operation,
          request,
          overallCachePolicy,
        }: GraphQLRequestContext<Context>) {
          if (!operation) return;
          const fragments = document ? fragmentsByName(document) : new Map<string, FragmentDefinitionNode>();
          // The directives read the variables as execution does, defaults applied: what the client
          // sent leaves out those it leaves to their defaults, and getDirectiveValues throws for
          // such a variable (a throw here would answer an internal error and skip willSendResponse).
          const variables = coercedVariables(schema, operation, request.variables ?? {});
          if (resolvesSchemaField(operation.selectionSet, fragments, variables))
            overallCachePolicy.restrict({ maxAge });
        },
        async willSendResponse({ response, overallCachePolicy }) {
          // The operations of a batch share one HTTP head: each restricts what those that finished
          // before it set (no-store stays), as Apollo's plugin does, so the batch's answer is
          // cacheable only as far as every one of its operations is.
          const earlier = response.http.headers.get('cache-control');
          if (earlier === 'no-store') return;
          const earlierHint = earlier ? CACHEABLE_HEADER.exec(earlier) : null;
          if (earlier && !earlierHint) return;
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable = policy && response.body.kind === 'single' && !response.body.singleResult.errors;
          const maxAge = policy ? Math.min(policy.maxAge, earlierHint ? Number(earlierHint[1]) : Infinity) : 0;
          const scope = earlierHint?.[2] === 'private' ? 'private' : policy?.scope.toLowerCase();
          response.http.headers.set(
            'cache-control',
            cacheable && maxAge > 0 ? `max-age=${maxAge}, ${scope}` : 'no-store',
          );
        },
      };
    },
  };
}
