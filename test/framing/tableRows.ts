// Test helper: a table's rows as plain objects, numbers rounded to 4 decimals so that expected
// values worked out by hand can be written as decimals.
import type { ColumnTable } from 'arquero';

export function tableRows(t: ColumnTable, columns?: string[]): Record<string, unknown>[] {
  const picked = columns ? t.select(...columns) : t;
  return (picked.objects() as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10000) / 10000 : v]),
    ),
  );
}

/** Sum of `column` per (event_id, outlet), for the "shares sum to 1" checks. */
export function sharesByOutlet(t: ColumnTable, column = 'share'): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of t.objects() as Record<string, any>[]) {
    const k = `${r.event_id}/${r.outlet}`;
    sums.set(k, (sums.get(k) ?? 0) + r[column]);
  }
  return sums;
}
