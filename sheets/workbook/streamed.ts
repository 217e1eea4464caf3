// Whether a workbook is streamed (streamWorkbook.ts) rather than built in memory: past
// STREAM_ROWS table rows in all. Streamed, its table sheets have plain headers with an autofilter
// (no Excel Tables, no links) and its blocks sheets no native charts; workbookSpec.ts says so on
// the About sheet.
import type { SheetSpec } from '../SheetSpec.ts';

/**
 * Past this many table rows in all, the workbook is streamed: exceljs's document mode holds every
 * cell in memory (4 GB for 2,000 articles) and the re-zip doubles the time.
 */
export const STREAM_ROWS = 50_000;

export function streamed(sheets: readonly SheetSpec[]): boolean {
  return sheets.reduce((n, s) => n + (s.kind === 'table' ? s.rows.length : 0), 0) > STREAM_ROWS;
}
