import type { ErrorCode } from '../schema/errors';

/** The most problems one refused import reports. */
export const MAX_REPORTED_PROBLEMS = 100;

/** One thing wrong with a CSV file: the line it is on (the header is line 1), the column, and what is wrong. */
export interface ImportProblem {
  line: number;
  /** The column at fault; null when the whole row or the file is. */
  field: string | null;
  message: string;
}

/** A refused import: nothing was written, and `problems` lists the first 100 things wrong, by line. */
export class CsvImportError extends Error {
  constructor(
    readonly code: Extract<ErrorCode, 'BAD_USER_INPUT' | 'FORBIDDEN'>,
    readonly problems: ImportProblem[],
  ) {
    const first = problems[0];
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the CSV file, nothing written; first: ${describeProblem(first)}`,
    );
  }
}

/** A problem as one line of text: `line 17, value: "abc" is not a number.` */
export function describeProblem(problem: ImportProblem): string {
  return `line ${problem.line}${problem.field ? `, ${problem.field}` : ''}: ${problem.message}`;
}

/** Refuses a file for one problem. */
export function refuseFile(line: number, field: string | null, message: string): CsvImportError {
  return new CsvImportError('BAD_USER_INPUT', [{ line, field, message }]);
}
