import { GraphQLError } from 'graphql';

/** The error codes the API answers with, in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  /** An automatic persisted query's hash this server does not hold: send it again with the query. */
  | 'PERSISTED_QUERY_NOT_FOUND';

/** An argument had a value the API cannot accept; the message names the argument and the value. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** An id or natural key that names nothing. */
export function notFound(argument: string, value: string): GraphQLError {
  return new GraphQLError(
    `Argument "${argument}": nothing has the ${argument} ${JSON.stringify(value.slice(0, 100))}.`,
    {
      extensions: { code: 'NOT_FOUND', argument },
    },
  );
}

/** The viewer may not read this field (or do this); the rest of the response still comes back. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: 'FORBIDDEN' } });
}

/** The request is over one of the API's limits (size, depth, aliases, cost or the rate budget); none of it ran. HTTP 400 unless `extensions.http` says otherwise. */
export function queryTooComplex(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { http: { status: 400 }, ...extensions, code: 'QUERY_TOO_COMPLEX' } });
}

/** The caller must identify itself (with a token) to do this. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** The record changed since the caller read it (a stale `version`, or a review status that moved on); nothing was written. */
export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: 'CONFLICT' } });
}

/** One bad row of a batch: its index in the list, the field that was wrong, and why. */
export interface RowProblem {
  index: number;
  field: string;
  reason: string;
}

/** Rows of a batch argument were wrong; `extensions.rows` lists every one, and nothing was written. */
export function badRows(argument: string, code: 'BAD_USER_INPUT' | 'FORBIDDEN', rows: RowProblem[]): GraphQLError {
  const first = rows[0];
  const summary = `${rows.length} row${rows.length === 1 ? '' : 's'} refused, nothing written; first: row ${first.index}, ${first.field}: ${first.reason}`;
  return new GraphQLError(`Argument "${argument}": ${summary}`, { extensions: { code, argument, rows } });
}

/** One bad field of an input argument: its path (`input.periodEnd`) and why. */
export interface FieldProblem {
  path: string;
  reason: string;
}

/** Fields of an input argument were wrong; `extensions.fields` lists every one, and nothing was written. */
export function badFields(argument: string, fields: FieldProblem[]): GraphQLError {
  const first = fields[0];
  const summary = `${fields.length} field${fields.length === 1 ? '' : 's'} refused, nothing written; first: ${first.path}: ${first.reason}`;
  return new GraphQLError(`Argument "${argument}": ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, fields },
  });
}
