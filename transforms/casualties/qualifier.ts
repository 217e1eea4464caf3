// The word before an amount that says how exact it is, mapped to docs/CONTRACT.md's qualifiers:
// "nearly", "almost", "some", "around" are `about`; "over" is `more than`.
import { PAST_FIGURE_VERBS } from '../text/lexicon/harmTerms.ts';
export const QUALIFIER =
  '(?:at\\s+least|no\\s+fewer\\s+than|more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of|about|around|nearly|almost|some|roughly|approximately|an\\s+estimated|estimated|close\\s+to|up\\s+to|as\\s+many\\s+as|fewer\\s+than|less\\s+than|under|between)';

export function qualifierOf(text: string | undefined): string {
  const t = (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!t) return 'exact';
  if (t === 'at least' || t === 'no fewer than' || t === 'between') return 'at least';
  if (t === 'more than' || t === 'over' || t === 'upwards of' || t === 'in excess of') return 'more than';
  if (t === 'up to' || t === 'as many as') return 'up to';
  if (t === 'fewer than' || t === 'less than' || t === 'under') return 'fewer than';
  return 'about';
}

const WENT_PAST = new RegExp(`\\b(?:${PAST_FIGURE_VERBS.join('|')})\\s+$`, 'i');
const TOLL = /\b(?:toll|tally|number|figure|count)\b/i;
/** "a toll that crossed 2,800 dead": a figure that a toll went past, with no qualifier of its own,
 *  is a floor. The toll must be named before it ("he passed 12 dead bodies" is no toll). */
export function wentPast(before: string): boolean {
  return WENT_PAST.test(before) && TOLL.test(before);
}
