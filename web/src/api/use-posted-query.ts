import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../graphql/graphql';
import { postOperation } from './post-operation';
import type { QueryState } from './use-query';

/**
 * Runs a signed-in page's query by POST, and again whenever its variables change or `reload()` is
 * called (after a write); `skip` holds it back. The page stays on screen while a new answer comes.
 */
export function usePostedQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): [QueryState<TResult>, () => void] {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    postOperation(document, variables).then(
      (answer) => {
        if (!current) return;
        if (answer.data) setState({ status: 'done', data: answer.data, errors: answer.errors });
        else
          setState({
            status: 'failed',
            message: answer.errors.map((error) => error.message).join(' '),
            code: answer.errors[0]?.extensions?.code,
          });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
    // The variables are compared by value, through their JSON.
  }, [document, key, skip, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return [state, reload];
}
