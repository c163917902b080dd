import { useId } from 'react';
import type { RecordForm } from './record-form';

/**
 * The server's problem with a field, and what ties it to the field's control: the control's id,
 * `aria-invalid` and `aria-describedby` naming the problem's text, shown as `message`.
 */
export function useFieldProblem(form: RecordForm, name: string) {
  const id = `${useId()}-${name}`;
  const problem = form.problems[name];
  return {
    id,
    problem,
    attributes: {
      id,
      'aria-invalid': problem ? (true as const) : undefined,
      'aria-describedby': problem ? `${id}-problem` : undefined,
    },
    message: problem ? (
      <span className="problem" id={`${id}-problem`}>
        {problem}
      </span>
    ) : null,
  };
}
