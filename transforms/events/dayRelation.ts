// How the days two articles report relate: the same day (one event, most likely), a day apart
// (a two-day visit, talks that ran past midnight), or further apart (a deal on Saturday and the
// ceasefire it set taking effect on Monday are two events, however alike their cast and place).
// Between an undated article and another, only weekdays can be compared.
import type { ReportedDays } from './reportedDays.ts';

export type DayRelation = 'shared' | 'near' | 'apart' | 'unknown';

export function dayRelation(a: ReportedDays, b: ReportedDays, bothDated: boolean): DayRelation {
  if (bothDated && a.days.size && b.days.size) {
    let min = Infinity;
    for (const x of a.days) for (const y of b.days) min = Math.min(min, Math.abs(x - y));
    return min === 0 ? 'shared' : min === 1 ? 'near' : 'apart';
  }
  if (!a.weekdays.size || !b.weekdays.size) return 'unknown';
  let min = 7;
  for (const x of a.weekdays)
    for (const y of b.weekdays) {
      const d = Math.abs(x - y);
      min = Math.min(min, d, 7 - d);
    }
  return min === 0 ? 'shared' : min === 1 ? 'near' : 'apart';
}
