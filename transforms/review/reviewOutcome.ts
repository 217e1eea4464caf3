// What became of each decision of a review, for stderr and the About sheet (transform: the
// review and the tables as extracted, before the review -> one row per decision): where it was
// written (sheet, row), what it asked, and whether it applied or no longer matches anything.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Review, ReviewAddition } from './Review.ts';
import { REVIEWED_TABLES } from './reviewedTables.ts';
import { matchReview } from './matchReview.ts';
import { resolveAddition } from './resolveAddition.ts';

export interface DecisionOutcome {
  sheet: string;
  row: number;
  decision: string;
  applied: boolean;
  note: string;
}

/** `extracted`: each reviewed table as extracted (before applyReview); `codebook` before reviewCodebook. */
export function reviewOutcome(review: Review, extracted: Record<string, ColumnTable>, codebook: Codebook): ColumnTable {
  const rows: DecisionOutcome[] = [];
  for (const t of REVIEWED_TABLES) {
    if (!extracted[t.table]) continue;
    for (const { decision, row } of matchReview(review.records, extracted[t.table], t.table)) {
      rows.push({
        sheet: decision.sheet,
        row: decision.row,
        decision: decision.decision,
        applied: row >= 0,
        note:
          row >= 0
            ? `${decision.decision} ${decision.record_id}`
            : `no ${t.table.replace(/s$/, '')} at ${decision.article_id} ${decision.start}-${decision.end} (${decision.record_id}) any more`,
      });
    }
  }
  for (const addition of review.additions.objects() as ReviewAddition[]) {
    const resolved = resolveAddition(codebook, addition);
    rows.push({
      sheet: addition.sheet,
      row: addition.row,
      decision: resolved.kind === 'new' ? 'new actor' : 'alias',
      applied: resolved.kind !== 'refused',
      note:
        resolved.kind === 'refused'
          ? resolved.reason
          : resolved.kind === 'new'
            ? `new actor ${addition.name}`
            : `${addition.name} as an alias of ${resolved.actor.name}`,
    });
  }
  return aq.table({
    sheet: rows.map((r) => r.sheet),
    row: rows.map((r) => r.row),
    decision: rows.map((r) => r.decision),
    applied: rows.map((r) => r.applied),
    note: rows.map((r) => r.note),
  });
}

/** One line on the outcome: "applied 3 of 4 decisions (1 drop, 1 fix, 1 alias); 1 no longer matches a record". */
export function reviewSummary(outcome: ColumnTable): string {
  const rows = outcome.objects() as DecisionOutcome[];
  const applied = rows.filter((r) => r.applied);
  const kinds = new Map<string, number>();
  for (const r of applied) kinds.set(r.decision, (kinds.get(r.decision) ?? 0) + 1);
  const parts = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  const missed = rows.length - applied.length;
  if (!rows.length) return 'no decisions in it';
  return (
    `applied ${applied.length} of ${rows.length} decision${rows.length === 1 ? '' : 's'}${parts ? ` (${parts})` : ''}` +
    (missed ? `; ${missed} no longer match${missed === 1 ? 'es' : ''} any record or actor` : '')
  );
}

/** The summary, then one line per decision that did not apply: "Mentions row 12: no mention at ...". */
export function reviewLines(outcome: ColumnTable): string[] {
  const missed = (outcome.objects() as DecisionOutcome[]).filter((r) => !r.applied);
  return [reviewSummary(outcome), ...missed.map((r) => `${r.sheet} row ${r.row}: ${r.note}`)];
}
