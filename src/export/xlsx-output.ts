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

/** The rows a worksheet holds in Excel and LibreOffice, its header row among them. */
const SHEET_ROWS = 1_048_576;

/** The table's sheet, or its `number`th when its rows fill more than one (a sheet name has at most 31 characters). */
function tableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ExportTable<unknown>, number: number) {
  const sheet = workbook.addWorksheet(
    number === 1 ? table.title.slice(0, 31) : `${table.title.slice(0, 24)} (${number})`,
  );
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.max(12, column.header.length + 2),
    style: numberFormat(column.type),
  }));
  return sheet;
}

/**
 * Streams the table as an XLSX workbook with exceljs's streaming writer: the table's sheet (numbers
 * as numbers, days as dates), continued on further sheets (`Title (2)`, ...) past `sheetRows` rows
 * so that a spreadsheet program opens every row, then a Sources sheet listing every source of its
 * figures once. Each row is committed as it is written, and a page waits while `out` is full.
 */
export async function writeXlsx(
  table: ExportTable<unknown>,
  pages: AsyncIterable<ExportPage>,
  out: Writable,
  sheetRows = SHEET_ROWS,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  let sheets = 1;
  let sheet = tableSheet(workbook, table, sheets);
  let rowsOnSheet = 1;
  const sources = new ExportSources();
  for await (const page of pages) {
    for (const row of page.rows) {
      if (rowsOnSheet === sheetRows) {
        sheet.commit();
        sheets += 1;
        sheet = tableSheet(workbook, table, sheets);
        rowsOnSheet = 1;
      }
      sheet.addRow(row.map((cell, index) => cellValue(table.columns[index]?.type ?? 'text', cell))).commit();
      rowsOnSheet += 1;
    }
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
