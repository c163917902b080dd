import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ExportSources } from './export-sources';
import type { Cell, CellType, ExportPage, ExportTable } from './export-table';

/** Days shown as ISO dates; text kept as text (a code such as `0301` stays as it is). */
function numberFormat(type: CellType): Partial<ExcelJS.Style> {
  if (type === 'date') return { numFmt: 'yyyy-mm-dd' };
  if (type === 'text') return { numFmt: '@' };
  return {};
}

function cellValue(type: CellType, cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (type === 'date') return new Date(`${cell}T00:00:00Z`);
  return cell;
}

/**
 * Streams the table as an XLSX workbook with exceljs's streaming writer: the table's sheet (numbers
 * as numbers, days as dates), then a Sources sheet listing every source of its figures once. Each
 * row is committed as it is written, and a page waits while `out` is full.
 */
export async function writeXlsx(
  table: ExportTable<unknown>,
  pages: AsyncIterable<ExportPage>,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.title);
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.max(12, column.header.length + 2),
    style: numberFormat(column.type),
  }));
  const sources = new ExportSources();
  for await (const page of pages) {
    for (const row of page.rows)
      sheet.addRow(row.map((cell, index) => cellValue(table.columns[index]?.type ?? 'text', cell))).commit();
    sources.add(page.sources);
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  const sourceSheet = workbook.addWorksheet('Sources');
  sourceSheet.columns = [
    { header: 'Source', width: 50 },
    { header: 'Address', width: 50 },
    { header: 'What it gives', width: 100 },
  ];
  for (const source of sources.list()) sourceSheet.addRow([source.title, source.url, source.note]).commit();
  sourceSheet.commit();
  await workbook.commit();
}
