import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorCode } from '../schema/errors';
import { currentRequestId } from './request-id';

const PUBLIC_CODES = new Set<ErrorCode>([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'QUERY_TOO_COMPLEX', 'SERVICE_UNAVAILABLE',
]);

/** Apollo's codes for requests the client got wrong; the API reports them as BAD_USER_INPUT. */
const CLIENT_MISTAKES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * The one place errors become responses: every error leaves with one of the API's codes, and
 * anything unexpected is masked as INTERNAL_SERVER_ERROR with the request id the log also has.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (code && PUBLIC_CODES.has(code as ErrorCode)) return { ...formatted, extensions };
  if (code && CLIENT_MISTAKES.has(code)) return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: code } };
  const requestId = currentRequestId();
  const original = unwrapResolverError(error);
  process.stderr.write(
    `${JSON.stringify({ level: 'error', requestId, path: formatted.path, error: original instanceof Error ? original.stack : String(original) })}\n`,
  );
  return {
    message: `Internal server error; quote request id ${requestId ?? 'unknown'} when reporting it.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
