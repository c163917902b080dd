import type { FieldNames } from '../writes/observation-value-rules';
import type { ImportProblem } from './import-problem';

/** The columns an observations CSV may have, by header name; the order in the file is free. */
export const CSV_COLUMNS = [
  'indicator',
  'country',
  'municipality',
  'period_start',
  'period_end',
  'sex',
  'role',
  'kind',
  'value',
  'numerator',
  'denominator',
  'source',
  'evidence_urls',
] as const;

/** A column of an observations CSV. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The column of each field the observation value rules name (the import's messages name columns, as `submitObservations`' name fields). */
export const CSV_COLUMN_OF_FIELD = {
  indicator: 'indicator',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  sex: 'sex',
  role: 'role',
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  evidenceUrls: 'evidence_urls',
} as const satisfies FieldNames;

/** The columns every file must have. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['indicator', 'country', 'period_start', 'period_end', 'value'];

/** Where each column is in the file's rows; undefined for a column the file leaves out. */
export type ColumnPositions = Partial<Record<CsvColumn, number>>;

/**
 * Reads the header (line 1): every name must be a known column (case and surrounding spaces do not
 * matter), none twice, and the required ones present. Answers the positions, or the problems.
 */
export function readHeader(names: string[]): { positions: ColumnPositions; problems: ImportProblem[] } {
  const positions: ColumnPositions = {};
  const problems: ImportProblem[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  if (names.length === 1 && names[0].includes(';')) {
    problems.push({
      line: 1,
      field: null,
      message: 'the header has one column holding ";": separate the columns with commas, not semicolons.',
    });
    return { positions, problems };
  }
  names.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) {
      problems.push({
        line: 1,
        field: raw,
        message: `${JSON.stringify(raw.slice(0, 100))} is not a column; the columns are ${CSV_COLUMNS.join(', ')}.`,
      });
    } else if (positions[name as CsvColumn] !== undefined) {
      problems.push({ line: 1, field: name, message: `the column ${name} is named twice.` });
    } else {
      positions[name as CsvColumn] = index;
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => positions[column] === undefined);
  if (missing.length > 0) {
    problems.push({
      line: 1,
      field: null,
      message: `the header lacks the required column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.`,
    });
  }
  return { positions, problems };
}
