import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';

/** The byte order mark every CSV download starts with. */
export const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A download as a client gets it: status, content type and body; with `token` as its bearer. */
export async function download(
  origin: string,
  path: string,
  token?: string,
): Promise<{ status: number; type: string | null; body: Buffer }> {
  const response = await fetch(`${origin}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** A CSV download's rows by header, after checking it is 200, UTF-8 CSV behind a BOM. */
export async function csvRows(origin: string, path: string, token?: string): Promise<Record<string, string>[]> {
  const { status, type, body } = await download(origin, path, token);
  expect(status, body.toString().slice(0, 500)).toBe(200);
  expect(type).toBe('text/csv; charset=utf-8');
  expect(body.subarray(0, 3)).toEqual(BOM);
  return parse<Record<string, string>>(body, { bom: true, columns: true });
}

/** An XLSX download, read back. */
export async function workbook(origin: string, path: string, token?: string): Promise<ExcelJS.Workbook> {
  const { status, body } = await download(origin, path, token);
  expect(status, body.toString().slice(0, 500)).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows below its header, as the cells' values (an empty cell as undefined). */
export function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}
