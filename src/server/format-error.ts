import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { logger } from '../ops/logger';
import type { ErrorCode } from '../schema/errors';
import { isParserLimitMessage } from './limits/parser-limits';
import { currentRequest } from './request-id';

const PUBLIC_CODES = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** Apollo's codes for requests the client got wrong; the API reports them as BAD_USER_INPUT. */
const CLIENT_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/**
 * The one place errors become responses: every error leaves with one of the API's codes; a
 * database that cannot be reached is SERVICE_UNAVAILABLE, and anything else unexpected is masked as
 * INTERNAL_SERVER_ERROR with the request id the log also has. The code is noted on the request
 * for its log line and metrics.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = toApiError(formatted, error);
  currentRequest()?.errorCodes.push(result.extensions!.code as string);
  return result;
}

/**
 * Whether Apollo filed a limit's refusal as a parse or validation failure: a limit checked while
 * validating reports a QUERY_TOO_COMPLEX error, which Apollo wraps; graphql-js's parser limits
 * are known by their message.
 */
function refusedByLimit(formatted: GraphQLFormattedError, error: unknown): boolean {
  const wrapped = error instanceof GraphQLError ? error.originalError : undefined;
  return (
    (wrapped instanceof GraphQLError && wrapped.extensions.code === 'QUERY_TOO_COMPLEX') ||
    isParserLimitMessage(formatted.message)
  );
}

/** How graphql-js starts the hint it appends to a message. */
const SUGGESTION = ' Did you mean ';

/**
 * The error without graphql-js's "Did you mean ...?" hint, which spells out the schema to whoever
 * guesses. The hint ends the message, and the names it suggests hold no spaces, so it starts at
 * the last " Did you mean ": found by a search linear in the message, which quotes the client's
 * values and may be megabytes long and full of those words.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { message } = formatted;
  const start = message.lastIndexOf(SUGGESTION);
  if (start < 0 || !message.endsWith('?')) return formatted;
  return { ...formatted, message: message.slice(0, start) };
}

function toApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (code && PUBLIC_CODES.has(code as ErrorCode)) return { ...formatted, extensions };
  if (code && CLIENT_MISTAKES.has(code) && refusedByLimit(formatted, error))
    return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  if (code && CLIENT_MISTAKES.has(code))
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: code } };
  // graphql-js stops coercing variables after 50 bad values with an error that carries no code.
  if (formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS))
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  const request = currentRequest();
  const requestId = request?.requestId;
  const log = request?.log ?? logger;
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(error)) {
    // A dead database fails every field of the request at once: one line says it.
    if (!request?.databaseUnavailableLogged) log.warn({ err: original, path: formatted.path }, 'database unavailable');
    if (request) request.databaseUnavailableLogged = true;
    return {
      message: `The database is unavailable; try again shortly (request id ${requestId ?? 'unknown'}).`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
    };
  }
  log.error({ err: original, path: formatted.path }, 'unexpected error');
  return {
    message: `Internal server error; quote request id ${requestId ?? 'unknown'} when reporting it.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
