import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import type { ValidationRule } from 'graphql';
import { reportTooComplex } from './armor-refusal';

/** Refuses an operation with more than `maximum` aliases, the cheap way to ask for one expensive field many times. */
export function aliasLimitRule(maximum: number): ValidationRule {
  return maxAliasesRule({ n: maximum, ...reportTooComplex(maximum) });
}
