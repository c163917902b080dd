import type { ParseOptions } from 'graphql';
import type { LimitSettings } from '../server-settings';

/**
 * Parser options that stop reading a query at `maxQueryLength` characters or `maxTokens` tokens,
 * before any work is spent on it (graphql-js's own limits, which Apollo passes to `parse`).
 */
export function parserLimits(limits: LimitSettings): ParseOptions {
  return { maxSourceLength: limits.maxQueryLength, maxLexicalTokens: limits.maxTokens };
}

/** graphql-js ends the message of each of its parser limits with these words. */
const PARSER_LIMIT = /Parsing aborted\.$/;

/** Whether a parse error is one of those limits rather than a mistake in the query. */
export function isParserLimitMessage(message: string): boolean {
  return PARSER_LIMIT.test(message);
}
