// The user's decisions read back from a reviewed workbook (readers/readReview.ts), as tables:
// `records`, one row per record the user marked keep, drop or fix, keyed by table, id and span,
// with the row's editable values as the user left them (JSON text, column -> cell text);
// `additions`, one row per candidate with an `add as` (an actor's name, or `new`).
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

export interface ReviewRecord {
  table: string;
  record_id: string;
  article_id: string;
  start: number | null;
  end: number | null;
  decision: string;
  /** JSON object: editable column -> the cell's text ('' for an empty cell). */
  values: string;
  /** Where the decision was written, for the report: sheet and row. */
  sheet: string;
  row: number;
}

export interface ReviewAddition {
  name: string;
  type: string;
  aliases: string;
  add_as: string;
  sheet: string;
  row: number;
}

export interface Review {
  /** The review file, or null when the run has none. */
  file: string | null;
  records: ColumnTable;
  additions: ColumnTable;
}

const RECORD_COLUMNS = ['table', 'record_id', 'article_id', 'start', 'end', 'decision', 'values', 'sheet', 'row'];
const ADDITION_COLUMNS = ['name', 'type', 'aliases', 'add_as', 'sheet', 'row'];

export function reviewOf(file: string | null, records: ReviewRecord[], additions: ReviewAddition[]): Review {
  const table = (columns: string[], rows: object[]) =>
    aq.table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => (r as Record<string, unknown>)[c] ?? null)])));
  return { file, records: table(RECORD_COLUMNS, records), additions: table(ADDITION_COLUMNS, additions) };
}

/** A run without a review file. */
export const NO_REVIEW: Review = reviewOf(null, [], []);
