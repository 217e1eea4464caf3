// The date an article's relative expressions are resolved against, and what it rests on: its
// publication date (from the manifest or its text), its event's latest publication date, or
// nothing. Noon local time, so that chrono's calendar arithmetic never crosses midnight.
import type { Anchor } from './toDateRow.ts';

/** A fixed stand-in when there is no reference: values resolved against it are blanked. */
const NO_REFERENCE = new Date(2000, 0, 1, 12);

export function referenceOf(published: unknown, source: unknown): { date: Date; anchor: Anchor } {
  const iso = published instanceof Date ? published.toISOString().slice(0, 10) : String(published ?? '').slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return { date: NO_REFERENCE, anchor: 'none' };
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return { date, anchor: source === 'event' ? 'event' : 'published' };
}
