import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ExportPage, ExportTable } from './export-table';

/** A text cell a spreadsheet would read as a formula: it starts with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Streams the table as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), a header
 * line, and the sources in the table's own source columns. Rows are written as the consumer takes
 * them. Text that a spreadsheet would run as a formula (a name or a quote can be anything) is
 * written behind an apostrophe, so it opens as the text it is; numbers are never touched.
 */
export async function writeCsv(
  table: ExportTable<unknown>,
  pages: AsyncIterable<ExportPage>,
  out: Writable,
): Promise<void> {
  async function* rows() {
    for await (const page of pages) yield* page.rows;
  }
  await pipeline(
    Readable.from(rows()),
    stringify({
      bom: true,
      header: true,
      columns: table.columns.map((column) => column.header),
      cast: { string: (value) => (FORMULA_START.test(value) ? `'${value}` : value) },
    }),
    out,
  );
}
