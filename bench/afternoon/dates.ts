// Dates as chrono finds them, with the publication date as reference.
import * as chrono from 'chrono-node';
import type { Span } from './spans.ts';

export interface DateFound extends Span {
  value: string;
  granularity: 'day' | 'month' | 'year';
  anchor: 'absolute' | 'published' | 'none';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Noon UTC on an ISO day, so that no time zone moves it to another day. */
export function referenceDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)) : undefined;
}

export function findDates(text: string, published: string): DateFound[] {
  const ref = referenceDate(published);
  const out: DateFound[] = [];
  for (const r of chrono.parse(text, ref ? { instant: ref, timezone: 0 } : undefined)) {
    const c = r.start;
    const day = c.isCertain('day') || c.isCertain('weekday');
    if (!day && !c.isCertain('month') && !c.isCertain('year')) continue; // a time or "now": no calendar date
    const [y, mo, d] = [c.get('year'), c.get('month'), c.get('day')];
    if (y === null || mo === null || d === null) continue;
    const granularity = day ? 'day' : c.isCertain('month') ? 'month' : 'year';
    const value =
      granularity === 'day' ? `${y}-${pad(mo)}-${pad(d)}` : granularity === 'month' ? `${y}-${pad(mo)}` : `${y}`;
    const anchor = c.isCertain('year') ? 'absolute' : ref ? 'published' : 'none';
    out.push({ start: r.index, end: r.index + r.text.length, surface: r.text, value, granularity, anchor });
  }
  return out;
}

/** The first dated day in the article's opening lines (a dateline), when the manifest gives none. */
export function datelineDay(text: string): string {
  const first = findDates(text.slice(0, 400), '').find((d) => d.granularity === 'day' && d.anchor === 'absolute');
  return first?.value ?? '';
}
