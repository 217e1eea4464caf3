// A record sheet cut at the row cap (--max-rows, and never past Excel's row limit): the first rows
// kept, a note under them naming the CSV and Parquet files that hold every row.
import type { TableSheet } from './SheetSpec.ts';

/** Excel's row limit; a sheet also holds its header and the note under the rows. */
const EXCEL_ROWS = 1_048_576;

/** The rows a record sheet keeps at most, for a --max-rows of `maxRows`. */
export function rowCap(maxRows: number): number {
  return Math.min(maxRows, EXCEL_ROWS - 4);
}

export const count = (n: number): string => n.toLocaleString('en-US');

/** `file`: the table's name in tables/ (its schema's name). Returns the sheet as it was when it fits. */
export function capSheet(sheet: TableSheet, file: string, maxRows: number): TableSheet {
  const cap = rowCap(maxRows);
  if (sheet.rows.length <= cap) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.slice(0, cap),
    note: `The first ${count(cap)} of ${count(sheet.rows.length)} rows (--max-rows); every row is in tables/${file}.csv and tables/${file}.parquet.`,
  };
}
