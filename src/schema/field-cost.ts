import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ScopeCounts } from '../analytics/scope-counts';

/** What costing an operation knows besides the document: how many scopes the hub holds (`scope-counts.ts`). */
export interface CostContext {
  scopeCounts: ScopeCounts;
}

/** What a field's own cost is reckoned from, before it runs: its arguments, the cost of its selections, and the hub's scope counts. */
export interface FieldCostInput<Args> {
  args: Args;
  childComplexity: number;
  scopeCounts: ScopeCounts;
}

/**
 * A field's cost as the work it will do, for type-graphql's `complexity` option beside the field:
 * `estimate` reckons it from the arguments (coerced, defaults filled in) and known bounds, without
 * the database. Fields without one cost as `query-cost.ts` says.
 */
export function fieldCost<Args>(estimate: (input: FieldCostInput<Args>) => number): ComplexityEstimator {
  return ({ args, childComplexity, context }) => estimate({ args: args as Args, childComplexity, scopeCounts: (context as CostContext).scopeCounts });
}

/** How many of the items a cost is reckoned for: `count`, but never more than `cap` (what the resolver refuses beyond). */
export const atMost = (count: number, cap: number): number => Math.min(Math.max(count, 0), cap);
