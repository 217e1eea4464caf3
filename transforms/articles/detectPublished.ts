// The publication date a page prints in its header: "Thursday 14 Jul 2016", "AFP , Thursday 14
// Jul 2016", "15 July, 2016", "December 15, 2015", "2016-07-14", "Published: 15/12/2015 10:32".
// Only short lines near the top (or a "Published ..." line anywhere) are read, only a full date
// (day, month and year all written) counts, and a caption's date ("File photo taken on March 3,
// 2014") is not the article's. A "Published"/"Posted" line wins over an "Updated" one; otherwise
// the first date wins. Numeric dates that read both ways (05/06/2016) are left alone.
import * as chrono from 'chrono-node';
import type { Line } from './blocks.ts';

export interface PublishedDate {
  published: string;
  line: number;
  label: 'published' | 'plain' | 'updated';
}

/** Lines from the top where a header date may sit. */
const HEADER_LINES = 10;
/** Longer lines are sentences, whose dates are events, not the page's date. */
const MAX_WORDS = 14;

const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|date|dated|released|issued)\b/i;
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified|edited)\b/i;
const CAPTION = /\b(?:photo|photos|photograph|picture|image|file|caption|taken|shows|seen)\b/i;
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/;

export function detectPublished(
  lines: readonly Line[],
  skip: ReadonlySet<number> = new Set(),
  dateOf: (text: string) => string | null = fullDate,
): PublishedDate | null {
  const found: PublishedDate[] = [];
  lines.forEach((line, i) => {
    if (skip.has(i)) return;
    const text = line.text;
    const label = PUBLISHED_LABEL.test(text) ? 'published' : UPDATED_LABEL.test(text) ? 'updated' : 'plain';
    if (label === 'plain' && (i >= HEADER_LINES || text.split(/\s+/).length > MAX_WORDS || CAPTION.test(text))) return;
    if (label !== 'plain' && text.split(/\s+/).length > MAX_WORDS + 6) return;
    const date = dateOf(text);
    if (date) found.push({ published: date, line: i, label });
  });
  const rank = { published: 0, plain: 1, updated: 2 } as const;
  return found.sort((a, b) => rank[a.label] - rank[b.label] || a.line - b.line)[0] ?? null;
}

/** A full date needs a digit and a month, by name or by number: most lines are spared chrono. */
const MAY_HOLD_DATE = /\d/;
const MONTH_OR_NUMERIC = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/i;

/** The first date in the text with its day, month and year all written, as YYYY-MM-DD. */
export function fullDate(text: string): string | null {
  if (!MAY_HOLD_DATE.test(text) || !MONTH_OR_NUMERIC.test(text)) return null;
  for (const r of chrono.parse(text)) {
    const s = r.start;
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue;
    const numeric = AMBIGUOUS_NUMERIC.exec(r.text.trim());
    if (numeric && +numeric[1] <= 12 && +numeric[2] <= 12 && numeric[1] !== numeric[2]) continue;
    const y = s.get('year')!,
      m = s.get('month')!,
      d = s.get('day')!;
    if (y < 1900 || y > 2200) continue;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
