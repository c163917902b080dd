import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../schema/errors';

/** A refusal of an HTTP request itself (its method, type, size or shape), with its status and code. */
export class RequestError extends Error {
  constructor(readonly status: number, message: string, readonly code: ErrorCode = 'BAD_USER_INPUT') {
    super(message);
  }
}

/** Answers `body` as JSON that no cache keeps. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
