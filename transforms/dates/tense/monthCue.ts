// The cue that places a month or a month-day written without a year ("Feb. 25", "in March", "late
// January"), and how far it is to be trusted. Unlike a weekday, such a date is placed only by what
// governs the date itself; anything else leaves it at the nearest occurrence (tenseRefiner.ts).
//
// In order, the first that speaks decides:
//   1. its own preposition or noun: "since Sept. 30" (past), "a December deadline", "ahead of /
//      no later than / scheduled for March 3" (future): decisive;
//   2. a span's start, "from / as of / starting Jan. 4": future, but a past verb may have started it,
//      so only governing;
//   3. a deadline on an event to come, "a resumption of talks before Feb. 25", "a vote by March 3":
//      future, governing;
//   4. a month modifying an event ("a February truce that collapsed", "the March talks, which will
//      open in Geneva", "February's truce"): the verb of that event's own predicate or relative
//      clause, governing (a month-day so used is the nearest, tenseRefiner.ts; an attack so named is
//      past);
//   5. its own verb: the nearest cue before it in its clause ("brokered in February", "will be held
//      in June"), then the nearest after it ("the talks in March were postponed"); a verb of saying
//      or judging ("said", "looked unlikely") counts only right before the date ("said on Feb. 3");
//      a participle used as an adjective is no verb ("the promised talks in January"); a verb group
//      at most four words before the date is decisive, a farther one governing, and so is a soft
//      future (tenseCues.ts SOFT_FUTURE: "a deadline of Jan. 31", "talks resume on Feb. 25", "had
//      been due to start on Jan. 25");
//   6. a fronted date ("In November, Russia launched..."): the first verb of the sentence after it,
//      governing.
// Quotation marks do not cut a clause here: "hoped to bring them together "by late January"".
// Cues elsewhere in the sentence (another clause, a reporting frame) say nothing: null.
import { clauseAround } from './clauseAround.ts';
import { attributiveTense } from './attributiveTense.ts';
import {
  FUTURE, PROGRESSIVE, PAST, NOT_PAST, FUTURE_PREFIX, START_PREFIX, FUTURE_SUFFIX, GOAL_PAST, PAST_PREFIX,
  SPAN_END, EVENT_DEADLINE, REPORTING, SOFT_FUTURE, type Tense,
} from './tenseCues.ts';

/** decisive: taken wherever it falls; governing: taken when it falls within the trust window. */
export type Strength = 'decisive' | 'governing';
export interface MonthCue { tense: Tense; strength: Strength; by: string }

const RANGE = /\b(?:to|until|till|through)\b|\s[-\u2013]\s/i;
const QUOTES = /["\u201c\u201d]/g;
/** The end of a noun's own predicate or relative clause. */
const SENTENCE_PART = /[;:!?]|\.(?:\s|$)|\s[\u2014\u2013-]{1,2}\s/;
/** Words between a verb and its date that keep the date the verb's own: "flew to Moscow in". */
const OWN_GAP_WORDS = 4;
/**
 * A participle after a hyphen, a determiner or a verb of seeming is an adjective, no verb ("UN-backed
 * talks", "the promised talks", "the besieged town", "seemed doomed").
 */
const ADJECTIVE = /(?:-|\b(?:the|a|an|its|their|his|her|this|these|those|seems?|seemed|looks?|looked|appears?|appeared|remains?|remained)\s+)$/i;

export function monthCue(sentence: string, start: number, end: number): MonthCue | null {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (PAST_PREFIX.test(before)) return { tense: 'past', strength: 'decisive', by: 'preposition' };
  if (FUTURE_SUFFIX.test(after)) return { tense: GOAL_PAST.test(after) ? 'past' : 'future', strength: 'decisive', by: 'goal' };
  if (FUTURE_PREFIX.test(before) && !SPAN_END.test(after) && !RANGE.test(sentence.slice(start, end))) {
    return { tense: 'future', strength: START_PREFIX.test(before) ? 'governing' : 'decisive', by: 'preposition' };
  }
  if (EVENT_DEADLINE.test(before)) return { tense: 'future', strength: 'governing', by: 'deadline' };
  const plain = sentence.replace(QUOTES, ' ');
  const modified = attributiveTense(sentence, start, end);
  if (modified === 'past') return { tense: 'past', strength: 'decisive', by: 'attributive' };
  if (modified === 'nearest') {
    const ofNoun = verbAfter(plain.slice(end).split(SENTENCE_PART)[0]);
    if (ofNoun) return ofNoun;
  }
  const clause = clauseAround(plain, start, end);
  const own = verbBefore(clause.before) ?? verbAfter(clause.after);
  if (own) return own;
  const fronted = clause.before.length === start;
  return fronted ? verbAfter(plain.slice(end)) : null;
}

interface Found { at: number; text: string; tense: Tense }

function cuesIn(text: string): Found[] {
  const found: Found[] = [];
  const add = (pattern: RegExp, tense: Tense) => {
    for (const m of text.matchAll(pattern)) {
      if (tense === 'past' && (NOT_PAST.test(m[0]) || ADJECTIVE.test(text.slice(0, m.index)))) continue;
      found.push({ at: m.index ?? 0, text: m[0], tense });
    }
  };
  add(PAST, 'past');
  add(FUTURE, 'future');
  add(PROGRESSIVE, 'future');
  return found;
}

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** The cue nearest the date among those before it; a future cue wins a tie ("was to hold"). */
function verbBefore(text: string): MonthCue | null {
  const ranked = cuesIn(text)
    .map((c) => ({ ...c, gap: wordsIn(text.slice(c.at + c.text.length)) }))
    .sort((a, b) => a.gap - b.gap || (b.at + b.text.length) - (a.at + a.text.length) || (a.tense === 'future' ? -1 : 1));
  for (const c of ranked) {
    if (REPORTING.test(c.text) && c.gap > 2) continue;
    const own = c.gap <= OWN_GAP_WORDS && !(c.tense === 'future' && SOFT_FUTURE.test(c.text));
    return { tense: c.tense, strength: own ? 'decisive' : 'governing', by: c.text.toLowerCase() };
  }
  return null;
}

/** The first cue after the date that is not a verb of saying or judging. */
function verbAfter(text: string): MonthCue | null {
  const first = cuesIn(text)
    .filter((c) => !REPORTING.test(c.text))
    .sort((a, b) => a.at - b.at || (a.tense === 'future' ? -1 : 1))[0];
  return first ? { tense: first.tense, strength: 'governing', by: first.text.toLowerCase() } : null;
}
