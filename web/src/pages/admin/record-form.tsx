import { useEffect, useState } from 'react';
import type { OperationAnswer, OperationError } from '../../api/post-operation';
import type { FormValues } from './form-values';
import { useWrite } from './use-write';
import type { FormNotice } from './write-notice';
import { problemsOf } from './write-problems';

/**
 * A record's form state: the values (reset from `loaded` whenever the record is loaded again), the
 * problems shown at their fields, the notice of the last write, and the write running (`busy`).
 */
export function useRecordForm(loaded: FormValues) {
  const [values, setValues] = useState<FormValues>(loaded);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<FormNotice>({ kind: 'none' });
  const write = useWrite(() => setNotice({ kind: 'unreachable' }));
  const key = JSON.stringify(loaded);
  useEffect(() => {
    setValues(JSON.parse(key) as FormValues);
  }, [key]);
  const set = (name: string, value: FormValues[string]) => setValues((previous) => ({ ...previous, [name]: value }));
  /** Clears the last notice and problems, so another record or a reload starts afresh. */
  const clear = () => {
    setProblems({});
    setNotice({ kind: 'none' });
  };
  /** Runs a save or archive, the last one's notice and problems cleared first; one at a time. */
  const run = (action: () => Promise<void>) =>
    write.run(async () => {
      clear();
      await action();
    });
  /** Shows a refused write: its fields' problems at the fields, a stale version as a conflict. */
  const refuse = (errors: OperationError[]) => {
    const { fields, stale, message } = problemsOf(errors);
    setProblems(fields);
    setNotice(stale ? { kind: 'conflict' } : { kind: 'refused', message });
  };
  return { values, set, problems, setProblems, notice, setNotice, busy: write.busy, run, clear, refuse };
}

/** A record's form state, as `useRecordForm` answers it. */
export type RecordForm = ReturnType<typeof useRecordForm>;

/** Runs a write and answers its data, or shows its refusal and answers null. */
export async function written<T>(form: RecordForm, answer: Promise<OperationAnswer<T>>): Promise<T | null> {
  const { data, errors } = await answer;
  if (data) return data;
  form.refuse(errors);
  return null;
}
