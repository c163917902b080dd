import { performance } from 'node:perf_hooks';
import type { HubMetrics } from '../ops/metrics';
import type { RequestState } from './request-id';

/** Codes that mean the hub, not the client, failed: their requests are logged as warnings. */
const SERVER_SIDE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

/**
 * Ends a GraphQL request: its one log line (request id, operation, duration, SQL statements,
 * error codes, viewer key, HTTP status) and its metrics.
 */
export function finishGraphQLRequest(request: RequestState, status: number, metrics: HubMetrics): void {
  const durationMs = performance.now() - request.startedAt;
  metrics.observeRequest({
    operationName: request.operationName,
    seconds: durationMs / 1000,
    errorCodes: request.errorCodes,
    sqlStatements: request.sql.count,
  });
  const errorCodes = [...new Set(request.errorCodes)];
  const line = {
    operationName: request.operationName,
    durationMs: Math.round(durationMs * 10) / 10,
    sqlStatements: request.sql.count,
    errorCodes,
    viewer: request.viewerKey,
    status,
  };
  if (errorCodes.some((code) => SERVER_SIDE_CODES.has(code))) request.log.warn(line, 'graphql request');
  else request.log.info(line, 'graphql request');
}
