import { ConnectionException } from '@mikro-orm/core';

/**
 * Error codes meaning the database cannot be reached or is not serving: Node's socket errors, and
 * PostgreSQL's SQLSTATEs for a server shutting down or starting (57P01 admin shutdown, 57P02 crash
 * shutdown, 57P03 cannot connect now), refusing connections (53300), connection failures (class 08)
 * and a statement cancelled by `statement_timeout` (57014).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** What node-postgres and knex say when a connection fails, times out or dies, without a code. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
];

/**
 * Whether `error`, or an error it wraps (GraphQL's `originalError`, `cause`, an AggregateError's
 * `errors`), says the database is unreachable rather than that the request or the code is wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof ConnectionException) return true;
    const { code, message, originalError, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      originalError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    pending.push(originalError, cause);
    if (Array.isArray(errors)) pending.push(...(errors as unknown[]));
  }
  return false;
}
