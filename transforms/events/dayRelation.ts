// How many days lie between what two articles report: none (the same day: one event, most likely),
// one (a two-day visit, talks that ran past midnight), or more (a deal on Saturday and the ceasefire
// it set taking effect on Monday are two events, however alike their cast and place).
// Between an undated article and another, only weekdays can be compared.
//
// Two dated articles that share no reported day are as far apart as their newest reported days:
// an article's newest day is its news, and its older days are often a look back ("a three-day
// truce which began on August 5", in a report of the next truce), which must not make it look a
// day away from the earlier event's reports.
import type { ReportedDays } from './reportedDays.ts';

/** Days between what two articles report (0 when they share a day), null when it cannot be told. */
export function reportedGap(a: ReportedDays, b: ReportedDays, bothDated: boolean): number | null {
  if (bothDated && a.days.size && b.days.size) {
    let newestA = -Infinity,
      newestB = -Infinity;
    for (const x of a.days) {
      if (b.days.has(x)) return 0;
      newestA = Math.max(newestA, x);
    }
    for (const y of b.days) newestB = Math.max(newestB, y);
    return Math.abs(newestA - newestB);
  }
  if (!a.weekdays.size || !b.weekdays.size) return null;
  let min = 7;
  for (const x of a.weekdays)
    for (const y of b.weekdays) {
      const d = Math.abs(x - y);
      min = Math.min(min, d, 7 - d);
    }
  return min;
}
