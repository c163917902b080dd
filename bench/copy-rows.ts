import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableRows } from './synthetic-dataset';

const LINES_PER_CHUNK = 5_000;

/** One value in COPY's text format: `\N` for null, booleans as t/f, backslash, tab and newline escaped. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

function* chunks(rows: Iterable<unknown[]>): Iterable<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.map(copyText).join('\t')}\n`);
    if (lines.length === LINES_PER_CHUNK) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/** Streams a table's rows into PostgreSQL with `COPY ... FROM STDIN`; returns how many were written. */
export async function copyRows(client: ClientBase, { table, columns, rows }: TableRows): Promise<number> {
  let count = 0;
  const counted = function* () {
    for (const row of rows) {
      count += 1;
      yield row;
    }
  };
  const target = client.query(
    copyFrom(`copy "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) from stdin`),
  );
  await pipeline(Readable.from(chunks(counted())), target);
  return count;
}
