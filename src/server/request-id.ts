import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { runCountingSql, type SqlStatementTally } from '../db/sql-statement-counter';
import type { Logger } from '../ops/logger';

/** What the hub notes about one HTTP request while handling it, for its log line and metrics. */
export interface RequestState {
  readonly requestId: string;
  /** The logger for this request: every line it writes carries the request id. */
  readonly log: Logger;
  /** `performance.now()` when the request arrived. */
  readonly startedAt: number;
  /** SQL statements the request has sent so far. */
  readonly sql: SqlStatementTally;
  /** The operation Apollo resolved: its name, or null when anonymous; undefined when none was resolved. */
  operationName?: string | null;
  /** The viewer's key (`token:12`, `anonymous:<address>`); never a secret. */
  viewerKey?: string;
  /** `extensions.code` of every error the response carries, in order. */
  readonly errorCodes: string[];
  /** Whether a database outage was already logged for this request (many fields fail at once). */
  databaseUnavailableLogged: boolean;
}

const requests = new AsyncLocalStorage<RequestState>();

/** A fresh state for the request `requestId`, logging through a child of `log`. */
export function newRequestState(requestId: string, log: Logger): RequestState {
  return {
    requestId,
    log: log.child({ requestId }),
    startedAt: performance.now(),
    sql: { count: 0 },
    errorCodes: [],
    databaseUnavailableLogged: false,
  };
}

/** Runs `work` as the handling of `request`, counting the SQL statements it sends. */
export function runAsRequest<T>(request: RequestState, work: () => T): T {
  return requests.run(request, () => runCountingSql(request.sql, work));
}

/** The request being handled, if any (none for operations run in-process). */
export function currentRequest(): RequestState | undefined {
  return requests.getStore();
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}
