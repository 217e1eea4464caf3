// The days an article's lead reports ("flew into Russia Thursday", "on Friday was due for a second
// round"), resolved against its publication date: two articles a day or two apart that report
// disjoint days are two events, however alike their cast and background.
import { newsChrono } from '../dates/index.ts';

const LEAD_CHARS = 1200;
const WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export function reportedDays(text: string, published: string): Set<string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  const days = new Set<string>();
  if (!m) return days;
  const ref = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  for (const r of newsChrono.parse(text.slice(0, LEAD_CHARS), ref)) {
    const s = r.start;
    if (!(s.isCertain('day') || s.isCertain('weekday'))) continue;
    const y = s.get('year') ?? 0, mo = s.get('month') ?? 1, d = s.get('day') ?? 1;
    if (Math.abs(Date.UTC(y, mo - 1, d) - Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate())) > WINDOW_DAYS * DAY_MS) continue;
    days.add(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  return days;
}
