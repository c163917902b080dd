import { useEffect, useRef } from 'react';

/** The records a form lists change with each write of any form: `round` counts them, `onSaved` adds one. */
export interface RecordsRound {
  round: number;
  onSaved: () => void;
}

/**
 * Runs `reload` whenever `round` moves on after the first render: a form's lists follow the records
 * the other forms of the page write (a new programme is one an initiative may name).
 */
export function useReloadOn(round: number, reload: () => void): void {
  const first = useRef(round);
  useEffect(() => {
    if (round !== first.current) reload();
  }, [round, reload]);
}
