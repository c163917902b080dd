import type { OperationError } from '../../api/post-operation';

/** A field problem as a write reports it (`extensions.fields`). */
interface FieldProblem {
  path: string;
  reason: string;
}

/**
 * The form field a problem's path names: `input.publishedYear` is `publishedYear`, a link set's
 * `municipalities[0].municipality` is `municipalities`.
 */
export function fieldOfPath(path: string): string {
  return path.replace(/^input\./, '').split(/[.[]/)[0];
}

/**
 * The problems of a refused write by form field: those of `extensions.fields`, and a value the
 * API could not read as its type (`... at "input.startOn"`); the rest as one message. `stale`: the
 * write was refused as CONFLICT, the record having changed since it was loaded.
 */
export function problemsOf(errors: OperationError[]): {
  fields: Record<string, string>;
  stale: boolean;
  message: string;
} {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  let stale = false;
  for (const error of errors) {
    const extensions = (error.extensions ?? {}) as { code?: string; fields?: FieldProblem[]; currentVersion?: number };
    if (extensions.code === 'CONFLICT' && extensions.currentVersion != null) stale = true;
    else if (extensions.fields?.length)
      for (const problem of extensions.fields) {
        const field = fieldOfPath(problem.path);
        fields[field] = fields[field] ? `${fields[field]} ${problem.reason}` : problem.reason;
      }
    else {
      const at = /at "input\.(\w+)/.exec(error.message);
      if (at) fields[at[1]] = error.message.replace(/^Variable "\$input" got invalid value /, '');
      else rest.push(error.message);
    }
  }
  return { fields, stale, message: rest.join(' ') };
}
