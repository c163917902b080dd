import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../schema/errors';

/** A refusal of an HTTP request itself (its method, type, size, shape or rate), with its status and code, and when to retry if waiting helps. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ErrorCode = 'BAD_USER_INPUT',
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Answers `body` as JSON that no cache keeps. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
