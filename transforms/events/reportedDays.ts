// The days an article's lead reports as having happened ("flew into Russia Thursday", "the truce
// took effect at sundown on Monday"), resolved against its publication date. Days ahead ("will take
// effect on Monday") are plans, not the event: two articles that both announce Monday's ceasefire
// report the Saturday deal, and the one that reports the ceasefire itself reports Monday.
//
// An undated article has no calendar to resolve against: it keeps the weekdays its past-tense
// dates name, and the days it states in full.
import { newsChrono } from '../dates/index.ts';

const LEAD_CHARS = 1200;
const WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;
/** Any fixed day serves to read an undated article's weekdays by their tense. */
const NEUTRAL_REFERENCE = new Date(2000, 0, 5, 12);

/**
 * A period named relative to the article ("last week", "this month", "a year ago"), which the date
 * parser resolves to one day: it names no day the article reports.
 */
const PERIOD =
  /^(?![\s\S]*\d)(?![\s\S]*(?:mon|tues|wednes|thurs|fri|satur|sun)day)[\s\S]*\b(?:weeks?|weekend|months?|years?|fortnight)\b/i;

export interface ReportedDays {
  /** Epoch days, for dated articles and for dates the text states in full. */
  days: Set<number>;
  /** Weekdays (0 = Sunday) of those days and of an undated article's past weekdays. */
  weekdays: Set<number>;
}

export const epochDay = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);

export function reportedDays(text: string, published: string): ReportedDays {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  const out: ReportedDays = { days: new Set(), weekdays: new Set() };
  const ref = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : NEUTRAL_REFERENCE;
  const refDay = epochDay(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
  for (const r of newsChrono.parse(text.slice(0, LEAD_CHARS), ref)) {
    const s = r.start;
    if (!(s.isCertain('day') || s.isCertain('weekday')) || r.tags().has('tense/future')) continue;
    if (PERIOD.test(r.text)) continue;
    const day = epochDay(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1);
    const stated = s.isCertain('day') && s.isCertain('month') && s.isCertain('year');
    if (m || stated) {
      if (m && (day > refDay || refDay - day > WINDOW_DAYS)) continue;
      out.days.add(day);
      out.weekdays.add(weekdayOf(day));
    } else if (s.isCertain('weekday') && !s.isCertain('day')) {
      out.weekdays.add(s.get('weekday') ?? 0);
    }
  }
  return out;
}

/** Weekday of an epoch day: 1 January 1970 was a Thursday. */
export const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;
