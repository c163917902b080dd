import type { TypedDocumentString } from '../graphql/graphql';
import { HUB_HEADERS } from './hub-headers';

/** One problem a write reports about one row it was sent (`extensions.rows` of submitObservations). */
export interface RowProblem {
  index: number;
  field: string;
  reason: string;
}

/** An error of an operation, with the extensions the pages read. */
export interface OperationError {
  message: string;
  extensions?: { code?: string; rows?: RowProblem[]; ids?: number[] };
}

/** An operation's answer by POST: its data (null when refused as a whole) and its errors. */
export interface OperationAnswer<TResult> {
  data: TResult | null;
  errors: OperationError[];
}

async function post(body: unknown): Promise<OperationAnswer<never>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...HUB_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { data?: never | null; errors?: OperationError[] };
  return { data: answer.data ?? null, errors: answer.errors ?? [] };
}

/**
 * Runs one of the app's operations by POST, as the signed-in pages and every mutation do: never
 * cached, and carrying the session cookie (or the client's token). It names the operation by its
 * hash; when the hub does not know the hash, it sends again with the query text.
 */
export async function postOperation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<OperationAnswer<TResult>> {
  const hash = String(document.__meta__?.hash).replace(/^sha256:/, '');
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  let answer: OperationAnswer<TResult> = await post({ variables, extensions });
  if (answer.errors.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    const { default: texts } = await import('../graphql/persisted-documents.json');
    const query = (texts as Record<string, string>)[`sha256:${hash}`];
    answer = await post({ query, variables, extensions });
  }
  return answer;
}
