// Reads an ambiguous numeric date the way its own weekday makes valid. chrono reads "11/09/2016"
// month-first (9 November); with a weekday written beside it ("Sunday 11/09/2016") and 9 November
// 2016 a Wednesday, the writer meant day-first: 11 September 2016, a Sunday. The swap is made only
// when the weekday fits the day-first reading and not chrono's; without a weekday, or when the
// weekday fits neither or both, chrono's reading stands.
import type { Refiner, ParsingResult } from 'chrono-node';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?\b/i;
/** Both numbers may be a month: 1-12 each, then a four-digit year. */
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

const weekdayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

export const weekdayOrderRefiner: Refiner = {
  refine: (_context, results) => {
    for (const r of results) swapIfWeekdaySaysSo(r);
    return results;
  },
};

function swapIfWeekdaySaysSo(r: ParsingResult): void {
  const w = WEEKDAY.exec(r.text);
  const n = NUMERIC.exec(r.text);
  if (!w || !n) return;
  const weekday = WEEKDAYS.indexOf(w[1].toLowerCase());
  const [a, b, year] = [Number(n[1]), Number(n[2]), Number(n[3])];
  if (a > 12 || b > 12 || a === b || a < 1 || b < 1) return;
  const s = r.start;
  // chrono's reading, month-first: month a, day b
  if (s.get('month') !== a || s.get('day') !== b || s.get('year') !== year) return;
  if (weekdayOf(year, a, b) === weekday || weekdayOf(year, b, a) !== weekday) return;
  s.assign('month', b);
  s.assign('day', a);
  s.assign('weekday', weekday);
  r.addTag('refiner/weekdayOrderRefiner');
}
