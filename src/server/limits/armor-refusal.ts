import type { GraphQLError, ValidationContext } from 'graphql';
import { queryTooComplex } from '../../schema/errors';

/**
 * What a graphql-armor rule does when an operation is over its limit: report a QUERY_TOO_COMPLEX
 * validation error. Left to itself the rule throws out of `validate`, which Apollo answers as an
 * internal error, and labels its message "Syntax Error", which it is not.
 */
export function reportTooComplex(maximum: number) {
  const report = (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(queryTooComplex(error.message.replace(/^Syntax Error: /, ''), { maximum }));
  return { propagateOnRejection: false, onReject: [report] };
}
