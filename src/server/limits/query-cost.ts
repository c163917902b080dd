import { getNamedType, GraphQLError, Kind, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/page-args';
import { queryTooComplex } from '../../schema/errors';

/** A connection field: it pages (`first`/`last`) over a `...Connection` type. */
function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  return getNamedType(field.type).name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
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
 * asks for (`first ?? last ?? 20`), as GitHub and Shopify count. A list without paging counts its
 * children once: its length is bounded by the data, not by the client.
 */
export const connectionCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) =>
  1 + (isConnection(field) ? pageSize(args) : 1) * childComplexity;

/** The most field selections costing may walk, fragments expanded: a guard against fragment bombs. */
const MAX_COSTED_SELECTIONS = 10_000;

/** graphql-query-complexity's message when a query has more selections than that. */
const TOO_MANY_SELECTIONS = /maximum allowed number of nodes/;

/**
 * The cost of running `operationName` of `document` with `variables`; null when the variables do
 * not fit their types (execution then refuses them as BAD_USER_INPUT before any resolver runs).
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [connectionCostEstimator], maxQueryNodes: MAX_COSTED_SELECTIONS });
  } catch (error) {
    if (error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return null;
    if (error instanceof GraphQLError && TOO_MANY_SELECTIONS.test(error.message)) throw queryTooComplex(`The query has more than ${MAX_COSTED_SELECTIONS} field selections once its fragments are expanded.`);
    throw error;
  }
}
