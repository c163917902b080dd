import { pipeline } from 'node:stream/promises';
import { CsvError, parse, type Options } from 'csv-parse';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { isAdmin, type Viewer } from '../auth/viewer';
import { ReviewStatus } from '../entities/observation.entity';
import { actorOf, assertMaySubmit } from '../writes/observation-writers';
import { observationUpsertSql } from '../writes/observation-upsert';
import type { IndicatorForValues } from '../writes/observation-value-rules';
import type { SubmitOutcome } from '../writes/submit-observations';
import { readHeader, type ColumnPositions } from './csv-columns';
import { stagingLine } from './csv-row';
import { CsvImportError, MAX_REPORTED_PROBLEMS, refuseFile, type ImportProblem } from './import-problem';
import {
  COPY_INTO_STAGING,
  CREATE_STAGING_TABLE,
  STAGED_OBSERVATIONS,
  stagedProblems,
  stagedRefusals,
} from './staging-table';
import { importStatementTimeoutMs } from '../settings/settings';
import { utf8Text } from './utf8-text';

/** The longest row, in characters: twenty links of 2 000 characters and the rest fit. A longer one is refused at once, so memory stays bounded. */
export const MAX_ROW_CHARACTERS = 100_000;
/** Lines are sent to COPY in chunks of about this many characters. */
const COPY_CHUNK_CHARACTERS = 64 * 1024;

/**
 * PostgreSQL's `statement_timeout` for each statement of an import (IMPORT_STATEMENT_TIMEOUT_MS, 10
 * minutes). The longest are the COPY, which lasts as long as the upload, and the upsert: 123 s for
 * 1 000 000 rows on two busy cores.
 */
function statementTimeoutMs(): string {
  return String(importStatementTimeoutMs());
}

/** How an import runs. */
export interface CsvImportOptions {
  /** The hub's database; the import opens its own connection. */
  databaseUrl: string;
  /** Who imports: ADMIN anywhere, REPORTER for its municipalities. */
  viewer: Viewer;
  /** Store the values as DRAFT instead of SUBMITTED. */
  asDraft: boolean;
  /** Told the number of data rows read so far, as the file streams. */
  onRows?: (rows: number) => void;
  /** Told when the whole file is staged, before the checks and the upsert run. */
  onStaged?: (rows: number) => void;
}

const UPSERT = observationUpsertSql(STAGED_OBSERVATIONS, { status: '$1', actor: '$2', tokenId: '$3' });

/** A parsed record with the line it ends on (the header is line 1). */
interface NumberedRecord {
  line: number;
  fields: string[];
}

/** What a csv-parse error means for the person who wrote the file, and where. */
function describeCsvError(error: CsvError, lastLine: number, header: string[]): CsvImportError {
  const line = typeof error.lines === 'number' ? error.lines : lastLine + 1;
  const column = typeof error.column === 'number' ? (header[error.column] ?? null) : null;
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return refuseFile(
        lastLine + 1,
        null,
        `the row is longer than ${MAX_ROW_CHARACTERS} characters (a quote opened in it and never closed makes the rest of the file one row).`,
      );
    case 'CSV_QUOTE_NOT_CLOSED':
      return refuseFile(lastLine + 1, null, 'a quoted field starts in this row and is never closed.');
    case 'CSV_INVALID_CLOSING_QUOTE':
      return refuseFile(
        line,
        column,
        'a quoted field goes on after its closing quote; quote the whole field and double the quotes inside it ("a ""b"" c").',
      );
    case 'INVALID_OPENING_QUOTE':
      return refuseFile(
        line,
        column,
        'a quote inside an unquoted field; quote the whole field and double the quotes inside it ("a ""b"" c").',
      );
    default:
      return refuseFile(line, column, error.message);
  }
}

/**
 * Imports a CSV file of observations (columns by header name, see README) in one transaction:
 * the bytes stream through a strict UTF-8 check and the CSV parser, each row's types are checked
 * and the good rows are COPY'd into a temporary staging table, with backpressure throughout so
 * memory stays flat; each row is checked as it streams against the value rules `submitObservations`
 * runs too. The staged rows are then checked against the rest of the hub's data in SQL (known
 * countries, municipalities and sources, duplicates, the REPORTER's municipalities) and, when nothing is
 * wrong, upserted by natural key with their audit rows, as `submitObservations` does. Any problem
 * rolls everything back and throws a CsvImportError with the first 100 problems by line.
 */
export async function importObservationsCsv(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: CsvImportOptions,
): Promise<SubmitOutcome> {
  return importStaged(options, 'the file has no rows after the header.', async (client, indicators) => {
    const staged = await stageRows(client, bytes, indicators, options.onRows);
    options.onStaged?.(staged.rows);
    return staged;
  });
}

/**
 * Runs an import of observations in one transaction on a connection of its own: `stage` fills the
 * staging table (answering its rows and the problems found while reading), then the staged rows
 * are checked against the hub's data and the caller's scope and, when nothing is wrong, upserted by
 * natural key with their audit rows, as `submitObservations` does. Any problem rolls everything
 * back and throws a CsvImportError with the first 100 problems by line; `empty` is the refusal of a
 * file without rows.
 */
export async function importStaged(
  options: Pick<CsvImportOptions, 'databaseUrl' | 'viewer' | 'asDraft'>,
  empty: string,
  stage: (
    client: Client,
    indicators: ReadonlyMap<string, IndicatorForValues>,
  ) => Promise<{ rows: number; problems: ImportProblem[] }>,
): Promise<SubmitOutcome> {
  assertMaySubmit(options.viewer);
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'hub-csv-import' });
  await client.connect();
  // A connection lost mid-import must reject the import, not crash the process.
  client.on('error', () => undefined);
  try {
    await client.query('begin');
    // An import may run for minutes, each statement within its bound; its checks sort the whole file once.
    await client.query("select set_config('statement_timeout', $1, true), set_config('work_mem', '64MB', true)", [
      statementTimeoutMs(),
    ]);
    await client.query(CREATE_STAGING_TABLE);
    const indicators = await indicatorsForValues(client);
    const { rows, problems } = await stage(client, indicators);
    // Autovacuum never analyses temporary tables; the checks and the upsert join on this one.
    await client.query('analyze import_row');
    if (rows === 0 && problems.length === 0) throw refuseFile(2, null, empty);
    if (!isAdmin(options.viewer)) {
      const refusals = await stagedRefusals(client, options.viewer);
      if (refusals.length > 0) throw new CsvImportError('FORBIDDEN', refusals);
    }
    const all = [...problems, ...(await stagedProblems(client))]
      .sort((a, b) => a.line - b.line)
      .slice(0, MAX_REPORTED_PROBLEMS);
    if (all.length > 0) throw new CsvImportError('BAD_USER_INPUT', all);
    const { actor, tokenId } = actorOf(options.viewer);
    const status = options.asDraft ? ReviewStatus.DRAFT : ReviewStatus.SUBMITTED;
    const [counts] = (await client.query<{ created: string; updated: string }>(UPSERT, [status, actor, tokenId])).rows;
    await client.query('commit');
    const created = Number(counts.created);
    const updated = Number(counts.updated);
    return { received: rows, created, updated, unchanged: rows - created - updated };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The indicators values may be imported for (those not archived), by code, as the value rules read them: one query, before the file streams. */
async function indicatorsForValues(client: Client): Promise<Map<string, IndicatorForValues>> {
  const { rows } = await client.query<IndicatorForValues>(
    'select code, unit, disaggregations, computation from indicator where archived_at is null',
  );
  return new Map(rows.map((indicator) => [indicator.code, indicator]));
}

/**
 * Streams the file into the staging table: answers the number of data rows and the problems the
 * rows' types have. Problems of the file itself (encoding, quotes, the header, a row too long), and
 * the 100th problem of the types, throw at once.
 */
async function stageRows(
  client: Client,
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  indicators: ReadonlyMap<string, IndicatorForValues>,
  onRows?: (rows: number) => void,
): Promise<{ rows: number; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  let rows = 0;
  let lastLine = 0;
  let header: string[] | undefined;
  const options: Options<NumberedRecord, string[]> = {
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    max_record_size: MAX_ROW_CHARACTERS,
    on_record: (fields, context) => {
      header ??= fields;
      lastLine = context.lines;
      return { line: context.lines, fields };
    },
  };
  // csv-parse's overloads type records as string arrays; on_record makes them NumberedRecords.
  const parser = parse(options as unknown as Options);
  async function* toStagingLines(records: AsyncIterable<NumberedRecord>): AsyncGenerator<string> {
    let positions: ColumnPositions | undefined;
    let chunk = '';
    for await (const { line, fields } of records) {
      if (!positions) {
        const read = readHeader(fields);
        if (read.problems.length > 0) throw new CsvImportError('BAD_USER_INPUT', read.problems);
        positions = read.positions;
        continue;
      }
      rows += 1;
      onRows?.(rows);
      const staged = stagingLine(fields, line, positions, header!.length, indicators, (problem) =>
        problems.push(problem),
      );
      if (staged !== null) chunk += staged;
      // A hundred problems of the types are enough to report: reading stops there.
      if (problems.length >= MAX_REPORTED_PROBLEMS) throw new CsvImportError('BAD_USER_INPUT', problems);
      if (chunk.length >= COPY_CHUNK_CHARACTERS) {
        yield chunk;
        chunk = '';
      }
    }
    if (!positions) throw refuseFile(1, null, 'the file is empty; its first line must name the columns.');
    if (chunk) yield chunk;
  }
  try {
    await pipeline(bytes, utf8Text, parser, toStagingLines, client.query(copyFrom(COPY_INTO_STAGING)));
  } catch (error) {
    if (error instanceof CsvError) throw describeCsvError(error, lastLine, header ?? []);
    throw error;
  }
  return { rows, problems };
}
