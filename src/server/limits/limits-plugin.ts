import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { queryTooComplex } from '../../schema/errors';
import type { Context } from '../../loaders/request-context';
import type { LimitSettings } from '../server-settings';
import { createCostAdmission } from './cost-admission';
import { costOf } from './query-cost';
import type { CostBudget } from './rate-budget';
import type { ScopeCountsCache } from './scope-counts-cache';

/** What an operation cost, reported in every response's `extensions.cost`. */
export interface OperationCost {
  requested: number;
  /** Points left in the viewer's rate budget for the current window. */
  remaining: number;
}

/**
 * Costs each operation before it runs (after parsing and validation, so with its variables, and
 * with the scope counts analytics are priced by),
 * refuses it when it costs more than one request may or more than the viewer has left (HTTP 429
 * with Retry-After), lets it run when the cost already running leaves room (`cost-admission.ts`),
 * and reports the cost in the response.
 */
export function limitsPlugin(
  limits: LimitSettings,
  budget: CostBudget,
  scopeCounts: ScopeCountsCache,
): ApolloServerPlugin<Context> {
  const admission = createCostAdmission(limits.maxCostInFlight);
  // The turns of requests let in, by request: a request that fails unexpectedly (an exception in a
  // hook, so no response is sent) gives its turn back too, or every later operation would wait for it.
  const turns = new WeakMap<object, () => void>();
  return {
    async serverWillStart() {
      await Promise.all([budget.open(), scopeCounts.start()]);
      return {
        serverWillStop: async () => {
          scopeCounts.stop();
          await budget.close();
        },
      };
    },
    async unexpectedErrorProcessingRequest({ requestContext }) {
      turns.get(requestContext)?.();
    },
    async requestDidStart(requestContext) {
      let cost: OperationCost | undefined;
      let leave: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const requested = costOf(
            schema,
            document,
            request.variables,
            operationName ?? undefined,
            scopeCounts.current,
          );
          if (requested === null) return;
          if (requested > limits.maxCost) {
            throw queryTooComplex(
              `The query costs ${requested}, more than the ${limits.maxCost} one request may cost.`,
              {
                cost: { requested, maximum: limits.maxCost },
              },
            );
          }
          const spending = await budget.spend(contextValue.viewer.key, requested);
          if (!spending.allowed) {
            const { remaining, retryAfterSeconds } = spending;
            throw queryTooComplex(
              `The query costs ${requested}, more than the ${remaining} left of this client's ${limits.rateLimitPoints} per ${limits.rateLimitWindowSeconds} s; retry in ${retryAfterSeconds} s.`,
              {
                cost: { requested, remaining, retryAfterSeconds },
                http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
              },
            );
          }
          cost = { requested, remaining: spending.remaining };
        },
        // Only operations that execute wait their turn: an answer from the response cache loads no rows.
        async executionDidStart() {
          if (!cost) return;
          leave = await admission.enter(cost.requested);
          turns.set(requestContext, leave);
        },
        async willSendResponse({ response }) {
          leave?.();
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
