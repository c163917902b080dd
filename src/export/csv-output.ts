import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ExportPage, ExportTable } from './export-table';

/**
 * Streams the table as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), a header
 * line, and the sources in the table's own source columns. Rows are written as the consumer takes them.
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
    stringify({ bom: true, header: true, columns: table.columns.map((column) => column.header) }),
    out,
  );
}
