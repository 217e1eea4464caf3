// One chrono result as a row of the dates table: its span trimmed of the punctuation chrono may
// take in (", Thursday 14 Jul 2016"), its value at the granularity the text gives, and its anchor:
// absolute when the text states the year, else the reference it was resolved against; and the
// parser that found it (parserTag.ts).
import type { ParsedResult } from 'chrono-node';
import type { DateRow } from '../schema/index.ts';
import { parserOf } from './parserTag.ts';

/** What the article's reference date rests on, as `articles.published_source` says. */
export type Anchor = 'absolute' | 'published' | 'event' | 'none';

const STATES_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const WEEK = /\bweeks?\b/i;
const pad = (n: number) => String(n).padStart(2, '0');

export function toDateRow(
  result: ParsedResult,
  sentenceStart: number,
  referenceAnchor: Anchor,
): Omit<DateRow, 'date_id' | 'article_id' | 'sentence_id'> {
  const lead = /^[\s,;:.(\u2013\u2014-]*/.exec(result.text)?.[0].length ?? 0;
  const surface = result.text.slice(lead).replace(/[\s,;:.\u2013\u2014-]+$/, '');
  const s = result.start;
  const granularity = WEEK.test(surface)
    ? 'month'
    : s.isCertain('day') || s.isCertain('weekday')
      ? 'day'
      : s.isCertain('month')
        ? 'month'
        : 'year';
  const absolute = STATES_YEAR.test(surface);
  const anchor: Anchor = absolute ? 'absolute' : referenceAnchor;
  const year = s.get('year') ?? 0,
    month = s.get('month') ?? 1,
    day = s.get('day') ?? 1;
  const value =
    anchor === 'none'
      ? ''
      : granularity === 'day'
        ? `${year}-${pad(month)}-${pad(day)}`
        : granularity === 'month'
          ? `${year}-${pad(month)}`
          : String(year);
  const start = sentenceStart + result.index + lead;
  return { start, end: start + surface.length, surface, value, granularity, anchor, parser: parserOf(result) };
}
