import { setTimeout as sleep } from 'node:timers/promises';
import type { RunOperation } from '../export/export-table';
import { RequestError } from './http-json';

/**
 * The most times one operation of a download waits for the caller's rate budget: the budget is whole
 * again after each wait (its Retry-After), so an operation still refused after these costs more than
 * the budget ever holds, or the caller spends it elsewhere as fast as it renews.
 */
const MAX_WAITS_PER_OPERATION = 2;

/**
 * Once a download is sending (`sending()`: its first part is out and its client still there), an
 * operation the caller's rate budget cannot pay for waits for the window to refill (its Retry-After)
 * and runs again, so a large file comes whole at the pace the budget allows instead of being cut.
 * The refusal stands before sending (answered as it is, with 429), when the client has gone, after
 * MAX_WAITS_PER_OPERATION waits for one operation, and once the waits add up to `maxTotalWaitMs`.
 */
export function budgetWaitingRunner(
  run: RunOperation,
  sending: () => boolean,
  maxTotalWaitMs = Number.POSITIVE_INFINITY,
): RunOperation {
  let waitedMs = 0;
  return async <Data>(...args: Parameters<RunOperation>): Promise<Data> => {
    for (let waits = 0; ; waits += 1) {
      try {
        return await run<Data>(...args);
      } catch (error) {
        const waitMs =
          error instanceof RequestError && error.status === 429 ? (error.retryAfterSeconds ?? 1) * 1000 : 0;
        if (!waitMs || !sending() || waits >= MAX_WAITS_PER_OPERATION || waitedMs + waitMs > maxTotalWaitMs)
          throw error;
        waitedMs += waitMs;
        await sleep(waitMs);
        if (!sending()) throw error;
      }
    }
  };
}
