import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../graphql/graphql';
import { OperationError, runPersistedQuery, type QueryResult } from './persisted-query';

/** Where a page's one operation stands. */
export type QueryState<TResult> =
  | { status: 'loading' }
  /** `code`: the first error's `extensions.code` (UNAUTHENTICATED when the session has ended). */
  | { status: 'failed'; message: string; code?: string }
  | ({ status: 'done' } & QueryResult<TResult>);

/** Runs a page's operation, and again whenever its variables change; `skip` holds it back. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    // New variables keep the page on screen (and the focus where it is) until their answer comes.
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    runPersistedQuery(document, variables, controller.signal).then(
      (result) => setState({ status: 'done', ...result }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
            code: error instanceof OperationError ? error.code : undefined,
          });
      },
    );
    return () => controller.abort();
    // The variables are compared by value, through their JSON.
  }, [document, key, skip]);
  return state;
}
