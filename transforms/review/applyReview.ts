// A table with the user's decisions applied (transform: table -> table): records marked `drop`
// left out, records marked `fix` taking the values the user wrote in their editable columns
// (typed as the schema says; an empty cell empties the value), `keep` and everything else as
// extracted. Decisions about other tables, or matching no record, change nothing here.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { CellType } from '../schema/index.ts';
import { reviewedTable } from './reviewedTables.ts';
import { matchReview } from './matchReview.ts';
import type { Review } from './Review.ts';

export function applyReview(table: ColumnTable, review: Review, name: string): ColumnTable {
  const spec = reviewedTable(name);
  const matches = matchReview(review.records, table, name).filter((m) => m.row >= 0);
  if (!spec || !matches.length) return table;
  const dropped = new Set<number>();
  const fixes = new Map<number, Record<string, string>>();
  for (const { decision, row } of matches) {
    if (decision.decision === 'drop') dropped.add(row);
    else if (decision.decision === 'fix') fixes.set(row, JSON.parse(decision.values) as Record<string, string>);
  }
  const names = table.columnNames();
  const data: Record<string, unknown[]> = {};
  for (const c of names) {
    const values = Array.from(table.array(c) as ArrayLike<unknown>);
    const type = spec.schema.columns[c]?.type ?? 'text';
    for (const [row, fix] of fixes) if (c in fix && spec.editable.includes(c)) values[row] = typed(fix[c], type);
    data[c] = values.filter((_, i) => !dropped.has(i));
  }
  return aq.table(data, names);
}

/** The text of a cell as a value of the column's type; empty text is no value. */
function typed(text: string, type: CellType): unknown {
  if (text === '') return null;
  if (type === 'integer' || type === 'number') {
    const n = Number(text.replace(/[,\s]/g, ''));
    return Number.isFinite(n) ? (type === 'integer' ? Math.round(n) : n) : null;
  }
  if (type === 'boolean') return /^(true|1|yes)$/i.test(text);
  return text;
}
