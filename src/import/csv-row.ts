import { ObservationKind } from '../entities/observation.entity';
import { PersonRole } from '../entities/person-role.enum';
import { Sex } from '../entities/sex.enum';
import { observationValueProblems, type IndicatorForValues } from '../writes/observation-value-rules';
import { CSV_COLUMN_OF_FIELD, type ColumnPositions, type CsvColumn } from './csv-columns';
import type { ImportProblem } from './import-problem';

/** The staging table's columns, in the order `stagingLine` writes them. */
export const STAGING_COLUMNS = [
  'line',
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

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A decimal number; each run of digits has one way to match, so a long cell that is not a number fails in linear time. */
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,2})?$/;
const SEXES = new Set<string>(Object.values(Sex));
const ROLES = new Set<string>(Object.values(PersonRole));
const KINDS = new Set<string>(Object.values(ObservationKind));

/** A field as COPY's text format needs it: backslash, tab and line breaks escaped; null as \N. */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(
    /[\\\t\n\r]/g,
    (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!,
  );
}

/** Whether `text` is a day of the calendar written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const parts = DATE.exec(text);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks the types of one data row (numbers, dates, codes of the enumerations) and the observation
 * value rules `submitObservations` runs too (against `indicators`, the ones not archived, by code),
 * and answers it as a line of the staging table in COPY's text format, or null after reporting its
 * problems. What needs the rest of the hub's data (countries, municipalities, sources, duplicates)
 * is checked on the staging table.
 */
export function stagingLine(
  fields: string[],
  line: number,
  positions: ColumnPositions,
  headerLength: number,
  indicators: ReadonlyMap<string, IndicatorForValues>,
  report: (problem: ImportProblem) => void,
): string | null {
  let bad = false;
  const problem = (field: string | null, message: string) => {
    bad = true;
    report({ line, field, message });
  };
  if (fields.length !== headerLength) {
    problem(
      null,
      `the row has ${fields.length} field${fields.length === 1 ? '' : 's'} where the header has ${headerLength}.`,
    );
    return null;
  }
  const text = (column: CsvColumn): string | null => {
    const position = positions[column];
    const value = position === undefined ? '' : fields[position].trim();
    return value === '' ? null : value;
  };
  const quoted = (value: string) => JSON.stringify(value.slice(0, 100));
  const required = (column: CsvColumn): string | null => {
    const value = text(column);
    if (value === null) problem(column, 'is empty; it is required.');
    return value;
  };
  const oneOf = (column: CsvColumn, allowed: Set<string>, fallback: string | null): string | null => {
    const value = text(column) ?? fallback;
    if (value !== null && !allowed.has(value))
      problem(column, `${quoted(value)} is not one of ${[...allowed].join(', ')}.`);
    return value;
  };
  const date = (column: CsvColumn): string | null => {
    const value = required(column);
    if (value === null || isCalendarDate(value)) return value;
    problem(column, `${quoted(value)} is not a date written YYYY-MM-DD.`);
    return null;
  };
  const number = (column: CsvColumn, value: string | null): string | null => {
    if (value === null || NUMBER.test(value)) return value;
    problem(
      column,
      `${quoted(value)} is not a number${value.includes(',') ? '; write decimals with a point (12.5)' : ''}.`,
    );
    return null;
  };
  /** A number the value rules can read: null when absent or not a number. */
  const numeric = (value: string | null) => (value === null ? null : Number(value));

  const indicator = required('indicator');
  const country = required('country');
  if (country !== null && !/^[A-Z]{2}$/.test(country))
    problem('country', `${quoted(country)} is not an ISO 3166-1 alpha-2 country code (SE, NO, RS).`);
  const periodStart = date('period_start');
  const periodEnd = date('period_end');
  const sex = oneOf('sex', SEXES, Sex.TOTAL);
  const role = oneOf('role', ROLES, null);
  const kind = oneOf('kind', KINDS, ObservationKind.ACTUAL);
  const value = number('value', required('value'));
  const numerator = number('numerator', text('numerator'));
  const denominator = number('denominator', text('denominator'));
  const links = (text('evidence_urls') ?? '').split(/\s+/).filter(Boolean);
  observationValueProblems(
    {
      indicator,
      periodStart,
      periodEnd,
      sex: sex !== null && SEXES.has(sex) ? (sex as Sex) : null,
      role: role !== null && ROLES.has(role) ? role : null,
      value: numeric(value),
      numerator: numeric(numerator),
      denominator: numeric(denominator),
      evidenceUrls: links,
    },
    indicator === null ? undefined : indicators.get(indicator),
    CSV_COLUMN_OF_FIELD,
    problem,
  );
  if (bad) return null;

  return (
    [
      String(line),
      indicator,
      country,
      text('municipality'),
      periodStart,
      periodEnd,
      sex,
      role,
      kind,
      value,
      numerator,
      denominator,
      text('source'),
      JSON.stringify(links),
    ]
      .map(copyField)
      .join('\t') + '\n'
  );
}
