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

/** `sheet` holding the first rows of a table of `rows` rows, with the note under them; `file`: the table's name in tables/. */
export function cutSheet(sheet: TableSheet, file: string, rows: number): TableSheet {
  return {
    ...sheet,
    note: `The first ${count(sheet.rows.length)} of ${count(rows)} rows (--max-rows); every row is in tables/${file}.csv and tables/${file}.parquet.`,
  };
}
