import type { FieldNode } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ScopeCounts } from '../analytics/scope-counts';
import { countFields, sumOverFields } from '../schema/selections';
import type { Fragments } from '../schema/selections';

/** What costing an operation knows besides the field: how many scopes the hub holds (`scope-counts.ts`), and the document's fragments. */
export interface CostContext {
  scopeCounts: ScopeCounts;
  fragments: Fragments;
}

/**
 * What a field's own cost is reckoned from, before it runs: its arguments, the cost of its
 * selections, the hub's scope counts, and which of its selections run statements of their own.
 */
export interface FieldCostInput<Args> {
  args: Args;
  childComplexity: number;
  scopeCounts: ScopeCounts;
  /** How many times the field's selection asks for `name` directly (each alias once), through fragments. */
  selected: (name: string) => number;
  /** How many times each `name` selection asks for `below` anywhere under it, added up. */
  selectedBelow: (name: string, below: string) => number;
}

/**
 * A field's cost as the work it will do, for type-graphql's `complexity` option beside the field:
 * `estimate` reckons it from the arguments (coerced, defaults filled in) and known bounds, without
 * the database. Fields without one cost as `query-cost.ts` says.
 */
export function fieldCost<Args>(estimate: (input: FieldCostInput<Args>) => number): ComplexityEstimator {
  return ({ args, childComplexity, context, node }) => {
    const { scopeCounts, fragments } = context as CostContext;
    return estimate({
      args: args as Args,
      childComplexity,
      scopeCounts,
      selected: (name) => countFields(node.selectionSet, name, fragments),
      selectedBelow: (name, below) =>
        sumOverFields(node.selectionSet, name, fragments, (field: FieldNode) =>
          countFields(field.selectionSet, below, fragments, true),
        ),
    });
  };
}

/** How many of the items a cost is reckoned for: `count`, but never more than `cap` (what the resolver refuses beyond). */
export const atMost = (count: number, cap: number): number => Math.min(Math.max(count, 0), cap);
