// Which record each decision of a table is about: the record with the same article and span
// (start, end) in that table, the one with the same id among several; by id alone when the
// decision has no span. Ids are stable across runs on the same input, spans also survive a
// change that renumbers ids. -1 where no record matches any more.
import type { ColumnTable } from 'arquero';
import { reviewedTable } from './reviewedTables.ts';
import type { ReviewRecord } from './Review.ts';

export function matchReview(
  records: ColumnTable,
  table: ColumnTable,
  name: string,
): { decision: ReviewRecord; row: number }[] {
  const spec = reviewedTable(name);
  const decisions = (records.objects() as ReviewRecord[]).filter((d) => d.table === name);
  if (!spec || !decisions.length) return decisions.map((decision) => ({ decision, row: -1 }));
  const n = table.numRows();
  const col = (c: string) =>
    table.columnNames().includes(c) ? (table.array(c) as ArrayLike<unknown>) : new Array(n).fill(null);
  const ids = col(spec.id);
  const articles = col('article_id');
  const starts = col('start');
  const ends = col('end');
  const bySpan = new Map<string, number[]>();
  const byId = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = spanKey(articles[i], starts[i], ends[i]);
    bySpan.set(key, [...(bySpan.get(key) ?? []), i]);
    byId.set(String(ids[i]), i);
  }
  return decisions.map((decision) => {
    if (decision.start == null || decision.end == null) return { decision, row: byId.get(decision.record_id) ?? -1 };
    const rows = bySpan.get(spanKey(decision.article_id, decision.start, decision.end)) ?? [];
    const row = rows.find((i) => String(ids[i]) === decision.record_id) ?? rows[0] ?? -1;
    return { decision, row };
  });
}

function spanKey(article: unknown, start: unknown, end: unknown): string {
  return `${article ?? ''}\u0000${start ?? ''}\u0000${end ?? ''}`;
}
