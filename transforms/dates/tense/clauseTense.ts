// The tense and modality around a date whose place on the calendar depends on it: a bare weekday
// or month is the last one when the verb looks back ("was killed on Friday", "brokered in
// February") and the next one when it looks forward ("will meet on Friday", "want to hold talks on
// Friday", "the holiday begins on Monday", "a target date of August").
//
// In order, the first that speaks decides:
//   1. the words just around the date ("since Monday", "an August target");
//   2. a possessive weekday's own noun ("Tuesday's bombings": nobody schedules a bombing), before
//      a prefix ("the toll from Friday night's attack" is no start of anything to come);
//   3. the words just before the date ("from Monday", "as early as Wednesday");
//   4. the nearest cue before the date in its clause: the verb a time adverbial follows
//      ("flew to Moscow on Thursday to meet Putin" is the flight's Thursday);
//   5. the nearest cue after it in its clause (a fronted date: "on Friday was due for");
//   6. the nearest cue in the sentence ("On Thursday alone, six bombers flew...").
import { clauseAround } from './clauseAround.ts';
import { possessiveTense } from './possessiveTense.ts';
import {
  FUTURE,
  PROGRESSIVE,
  PAST,
  NOT_PAST,
  FUTURE_PREFIX,
  FUTURE_SUFFIX,
  GOAL_PAST,
  PAST_PREFIX,
  SPAN_END,
  type Tense,
} from './tenseCues.ts';

export type { Tense };
export { clauseAround };

/** A span chrono read as a range ("Monday to Wednesday"): its "from" starts nothing to come. */
const RANGE = /\b(?:to|until|till|through)\b|\s[-\u2013]\s/i;

/** Past or future for the date at [start, end) of `sentence`; null when nothing says. */
export function clauseTense(sentence: string, start: number, end: number): Tense | null {
  const before = sentence.slice(0, start);
  if (PAST_PREFIX.test(before)) return 'past';
  if (FUTURE_SUFFIX.test(sentence.slice(end))) return GOAL_PAST.test(sentence.slice(end)) ? 'past' : 'future';
  // before the prefixes: "the toll from Friday night's attack" starts nothing to come
  const possessive = possessiveTense(sentence, end);
  if (possessive) return possessive;
  if (FUTURE_PREFIX.test(before) && !SPAN_END.test(sentence.slice(end)) && !RANGE.test(sentence.slice(start, end)))
    return 'future';
  const clause = clauseAround(sentence, start, end);
  return (
    nearest(clause.before, true) ??
    nearest(clause.after, false) ??
    nearestOf(nearest(before, true, true), nearest(sentence.slice(end), false, true))
  );
}

interface Cue {
  distance: number;
  tense: Tense;
}

/** The cue nearest the date: at the end of `text` when it precedes the date, at its start when it follows. */
function nearest(text: string, precedes: boolean): Tense | null;
function nearest(text: string, precedes: boolean, withDistance: true): Cue | null;
function nearest(text: string, precedes: boolean, withDistance = false): Tense | Cue | null {
  let best: Cue | null = null;
  const consider = (pattern: RegExp, tense: Tense) => {
    for (const m of text.matchAll(pattern)) {
      if (tense === 'past' && NOT_PAST.test(m[0])) continue;
      const at = m.index ?? 0;
      const distance = precedes ? text.length - at - m[0].length : at;
      // A future cue wins a tie: "was to hold" holds both "was" and "was to".
      if (!best || distance < best.distance || (distance === best.distance && tense === 'future'))
        best = { distance, tense };
    }
  };
  consider(PAST, 'past');
  consider(FUTURE, 'future');
  consider(PROGRESSIVE, 'future');
  const found = best as Cue | null;
  return withDistance ? found : (found?.tense ?? null);
}

function nearestOf(a: Cue | null, b: Cue | null): Tense | null {
  if (!a || !b) return (a ?? b)?.tense ?? null;
  return a.distance < b.distance ? a.tense : b.tense;
}
