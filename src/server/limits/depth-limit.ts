import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import { reportTooComplex } from './armor-refusal';

/** Refuses an operation whose fields nest deeper than `maximum` (fragments add no level; introspection is not counted). */
export function depthLimitRule(maximum: number): ValidationRule {
  return maxDepthRule({ n: maximum, flattenFragments: true, ...reportTooComplex(maximum) });
}
