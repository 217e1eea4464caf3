// Whether an article's lead says that what it reports happened before: a "new", "fresh" or
// "renewed" ceasefire, "another" attack, or a look back at a "previous" or "similar" truce that
// collapsed. Such an article reports a later incident of its kind, not the one earlier articles of
// the same conflict reported ("Israel has accepted a new Gaza ceasefire ... after a previous
// three-day pause expired on Friday"). "Earlier", "second" and "last" are left out: they more
// often mark a day or a round of one event ("the second day of talks", "last week's election").
import { EVENT_NOUNS } from '../text/lexicon/eventNouns.ts';

/** The lead, as reportedDays.ts reads it. */
const LEAD_CHARS = 1200;
/** Nouns the marker may bear on: the event nouns, and a "pause" or "lull" in fighting. */
const NOUNS = [...EVENT_NOUNS.keys(), 'pause', 'lull'].join('|');
/**
 * One incident marked as one of several: a determiner and the marker ("a new", "another", "the
 * previous"), up to two words (a place, a length: "a new Gaza ceasefire", "a similar, three-day
 * truce"), the noun. Without a determiner the marker more often qualifies a plural of what one event
 * produced ("new agreements", "previous ceasefire attempts").
 */
const MARKER = new RegExp(
  String.raw`\b(?:(?:a|the)\s+(?:new|fresh|renewed|previous|similar)|another)(?:[\s,]+[a-z0-9-]+){0,2}?[\s,]+(?:${NOUNS})\b`,
);

export function renewalMarker(text: string): boolean {
  const lead = text
    .slice(0, LEAD_CHARS)
    .toLowerCase()
    .replace(/\bcease[-\s]+fire/g, 'ceasefire');
  return MARKER.test(lead);
}
