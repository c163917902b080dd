import { getNamedType, GraphQLError, Kind, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ScopeCounts } from '../../analytics/scope-counts';
import type { CostContext } from '../../resolvers/field-cost';
import { fragmentsByName } from '../document-fragments';
import { COUNT_COST } from '../../schema/connection';
import { countFields } from '../../schema/selections';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/page-args';
import { queryTooComplex } from '../../schema/errors';

/** A connection field: it pages (`first`/`last`) over a `...Connection` type. */
function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  return (
    getNamedType(field.type).name.endsWith('Connection') &&
    field.args.some((arg) => arg.name === 'first' || arg.name === 'last')
  );
}

/**
 * How many items a connection asks for. A size outside 0-100 is costed as the nearest valid one:
 * the resolver refuses it as BAD_USER_INPUT naming the argument, the more useful answer.
 */
function pageSize(args: Record<string, unknown>): number {
  const asked = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
  return Math.min(Math.max(asked, 0), MAX_PAGE_SIZE);
}

/**
 * Each field costs 1 plus its children's cost; a connection's children count once per item it
 * asks for (`first ?? last ?? 20`), as GitHub and Shopify count, and a count adds its cost once:
 * when `totalCount` is selected, or when `last` comes without `before` (the list is counted to find
 * its end). A list without paging counts its children once: its length is bounded by the data, not
 * by the client.
 */
export const connectionCostEstimator: ComplexityEstimator = ({ field, args, childComplexity, node, context }) => {
  if (!isConnection(field)) return 1 + childComplexity;
  const countsToEnd = args.last != null && args.before == null;
  const counts = countsToEnd || countFields(node.selectionSet, 'totalCount', (context as CostContext).fragments) > 0;
  return 1 + pageSize(args) * childComplexity + (counts ? COUNT_COST : 0);
};

/** The most field selections costing may walk, fragments expanded: a guard against fragment bombs. */
const MAX_COSTED_SELECTIONS = 10_000;

/** graphql-query-complexity's message when a query has more selections than that. */
const TOO_MANY_SELECTIONS = /maximum allowed number of nodes/;

/**
 * graphql-js's refusal of an argument's value it meets only once it reads the arguments, where
 * validation cannot see it: null, or nothing, from a variable with a default for a non-null
 * argument (`query ($c: String = "X") { programme(code: $c) }` with `c: null`).
 */
const ARGUMENT_REFUSAL =
  /^Argument "\w+" (?:of non-null type "[^"]+" must not be null|of required type "[^"]+" was (?:not provided|provided the variable "\$\w+" which was not provided a runtime value)|has invalid value [\s\S]*)\.$/;

/**
 * The cost of running `operationName` of `document` with `variables`; null when the variables do
 * not fit their types (execution then refuses them as BAD_USER_INPUT before any resolver runs).
 * A field that declares its own cost (`field-cost.ts`, the analytics) is reckoned by it, from its
 * arguments and `scopeCounts`; every other field as `connectionCostEstimator` says.
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  scopeCounts: ScopeCounts,
): number | null {
  const context: CostContext = { scopeCounts, fragments: fragmentsByName(document) };
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      context,
      estimators: [fieldExtensionsEstimator(), connectionCostEstimator],
      maxQueryNodes: MAX_COSTED_SELECTIONS,
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return null;
    // Costing reads the arguments first: such a value is refused here, before anything runs, as
    // the client's mistake (uncaught, it would be answered as an internal error, HTTP 500).
    if (error instanceof GraphQLError && ARGUMENT_REFUSAL.test(error.message))
      throw new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { http: { status: 400 }, code: 'BAD_USER_INPUT' },
      });
    if (error instanceof GraphQLError && TOO_MANY_SELECTIONS.test(error.message))
      throw queryTooComplex(
        `The query has more than ${MAX_COSTED_SELECTIONS} field selections once its fragments are expanded.`,
      );
    throw error;
  }
}
