// The user's corrections, as the output workbook asks for them and the next run reads them: the
// extraction sheets carry a `review` column (keep, drop, fix) and editable value columns; the
// Candidates sheet an `add as` column (an actor's name, or `new`). Shared by the sheet that
// writes these columns (sheets/) and the reader that reads them back (readers/).
import { CASUALTIES, DATES, MENTIONS, PROPOSALS, QUOTES, type ColumnSpec, type TableSchema } from '../schema/index.ts';

export const REVIEW_COLUMN = 'review';
export const REVIEW_CHOICES = ['keep', 'drop', 'fix'] as const;
export type ReviewDecision = (typeof REVIEW_CHOICES)[number];

export const ADD_AS_COLUMN = 'add as';
/** The `add as` value that makes a candidate a new actor of its own. */
export const NEW_ACTOR = 'new';
export const CANDIDATES_SHEET = 'Candidates';

export interface ReviewedTable {
  /** The table's name (tables/<table>.csv). */
  table: string;
  /** The workbook sheet that shows it. */
  sheet: string;
  schema: TableSchema<Record<string, ColumnSpec>>;
  /** Its id column. */
  id: string;
  /** Columns whose value a `fix` decision takes from the workbook. */
  editable: string[];
}

const s = (schema: unknown) => schema as TableSchema<Record<string, ColumnSpec>>;

export const REVIEWED_TABLES: readonly ReviewedTable[] = [
  {
    table: 'mentions',
    sheet: 'Mentions',
    schema: s(MENTIONS),
    id: 'mention_id',
    editable: ['surface', 'actor_id', 'descriptor'],
  },
  { table: 'dates', sheet: 'Dates', schema: s(DATES), id: 'date_id', editable: ['value', 'granularity', 'anchor'] },
  {
    table: 'casualties',
    sheet: 'Casualties',
    schema: s(CASUALTIES),
    id: 'casualty_id',
    editable: ['figure', 'qualifier', 'kind', 'victims', 'location', 'source'],
  },
  {
    table: 'proposals',
    sheet: 'Proposals',
    schema: s(PROPOSALS),
    id: 'proposal_id',
    editable: ['proposer', 'addressee', 'cue', 'summary', 'status', 'proposal_key'],
  },
  {
    table: 'quotes',
    sheet: 'Quotes',
    schema: s(QUOTES),
    id: 'quote_id',
    editable: ['speaker', 'text', 'kind', 'verb'],
  },
];

export function reviewedTable(table: string): ReviewedTable | undefined {
  return REVIEWED_TABLES.find((t) => t.table === table);
}
