import type { TypedDocumentString } from '../graphql/graphql';
import { HUB_HEADERS } from './hub-headers';

/** An operation's answer: its data, and the errors of fields that could not be answered (an unpublished budget). */
export interface QueryResult<TResult> {
  data: TResult;
  errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: { code?: string } }[];
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: QueryResult<TResult>['errors'];
}

/** An operation the hub answered with no data: its errors' messages, and the first one's code (NOT_FOUND for an unknown code). */
export class OperationError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Apollo's CSRF prevention lets a GET through only with this header (or a non-simple content type). */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

function operationUrl(hash: string, variables: unknown, query?: string): string {
  const params = new URLSearchParams({
    variables: JSON.stringify(variables ?? {}),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  });
  if (query) params.set('query', query);
  return `/graphql?${params}`;
}

async function get<TResult>(url: string, signal?: AbortSignal): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(url, { headers: { ...HUB_HEADERS, ...PREFLIGHT }, signal });
  return (await response.json()) as GraphQLResponse<TResult>;
}

/**
 * Runs one of the app's operations as an automatic persisted query by GET: first its hash alone, so
 * the URL is short and the answer can come from the hub's response cache and HTTP caches; when the
 * hub does not know the hash yet, again with the query text (loaded only then).
 */
export async function runPersistedQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<QueryResult<TResult>> {
  const hash = String(document.__meta__?.hash).replace(/^sha256:/, '');
  let answer = await get<TResult>(operationUrl(hash, variables), signal);
  if (answer.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    const { default: texts } = await import('../graphql/persisted-documents.json');
    const query = (texts as Record<string, string>)[`sha256:${hash}`];
    answer = await get<TResult>(operationUrl(hash, variables, query), signal);
  }
  if (!answer.data)
    throw new OperationError(
      answer.errors?.map((error) => error.message).join(' ') || 'The hub sent no data.',
      answer.errors?.[0]?.extensions?.code,
    );
  return { data: answer.data, errors: answer.errors ?? [] };
}
