// The cue that places a month or a month-day written without a year ("Feb. 25", "in March", "late
// January"), and how far it is to be trusted. Unlike a weekday, such a date is placed only by what
// governs the date itself; anything else leaves it at the nearest occurrence (tenseRefiner.ts).
//
// In order, the first that speaks decides:
//   1. its own preposition or noun: "since Sept. 30" (past), "a December deadline", "no later than
//      / is scheduled for March 3" (future): decisive;
//   2. a span's start or a plan not stated in the present, "from / as of / ahead of Jan. 4", "(was
//      originally) scheduled for Jan. 25": future, but it may be over, so only governing;
//   3. a deadline on an event to come, "a resumption of talks before Feb. 25", "a vote by March 3",
//      or the new date of what was put off, "was delayed until Jan. 5": future, governing;
//   4. a month modifying an event ("a February truce that collapsed", "the March talks, which will
//      open in Geneva", "February's truce", "the Munich agreement of Feb. 12 called for"): the verb of that event's own predicate or relative
//      clause, governing (a month-day so used is the nearest, tenseRefiner.ts; an attack so named is
//      past);
//   5. its own verb: the nearest cue before it in its clause ("brokered in February", "will be held
//      in June"), then the nearest after it ("the talks in March were postponed"); a verb of saying
//      or judging ("said", "looked unlikely") counts only as the date's own ("said on Feb. 3", "told
//      reporters on", "said in a statement on"), not before a noun ("said talks on Feb. 3");
//      a participle used as an adjective is no verb ("the promised talks in January"); a verb group
//      at most four words before the date is decisive, a farther one governing, and so is a soft
//      future (tenseCues.ts SOFT_FUTURE: "a deadline of Jan. 31", "talks resume on Feb. 25", "had
//      been due to start on Jan. 25");
//   6. a fronted date ("In November, Russia launched..."): the first verb of the sentence after it,
//      governing;
//   7. with no verb at all, a limit ("a new constitution by August") is ahead, governing.
// Quotation marks do not cut a clause here: "hoped to bring them together "by late January"".
// Cues elsewhere in the sentence (another clause, a reporting frame) say nothing: null.
import { clauseAround } from './clauseAround.ts';
import { attributiveTense } from './attributiveTense.ts';
import { UNFORESEEN } from './possessiveTense.ts';
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
  EVENT_DEADLINE,
  REPORTING,
  SOFT_FUTURE,
  type Tense,
} from './tenseCues.ts';

/** decisive: taken wherever it falls; governing: taken when it falls within the trust window. */
export type Strength = 'decisive' | 'governing';
export interface MonthCue {
  tense: Tense;
  strength: Strength;
  by: string;
}

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
const ADJECTIVE =
  /(?:-|\b(?:the|a|an|its|their|his|her|this|these|those|seems?|seemed|looks?|looked|appears?|appeared|remains?|remained)\s+)$/i;

/** A plan stated in the present, or a firm limit: ahead, however far ("is scheduled for June"). */
const FIRM_PREFIX =
  /\b(?:(?:is|are|am|will\s+be|['\u2019]s)\s+(?:(?:now|still|also)\s+)?(?:scheduled|slated|planned|set|due|expected|pencil+ed\s+in)\s+(?:for|on)|as\s+early\s+as|no\s+later\s+than|(?:have|has|given|gives|give)\s+(?:\w+\s+)?until)\s+(?:the\s+)?$/i;
/** An event dated by "of": "the Munich agreement of Feb. 12", "the attacks of Sept. 11". */
const EVENT_OF = new RegExp(
  String.raw`\b(?:(${UNFORESEEN})|agreement|accord|deal|resolution|truce|ceasefire|cease-fire|statement|declaration|communiqu[e\u00e9]|meeting|talks|summit|conference|decision|announcement|vote|elections?|plan|letter|speech|offensive|operation|events)\s+of\s+$`,
  'i',
);
/** The new date of what was put off or extended: "was delayed until Jan. 5", "extended to March 1". */
const PUT_OFF =
  /\b(?:postponed|delayed|deferred|pushed\s+back|put\s+off|moved|rescheduled|adjourned|extended)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:until|till|to)\s+(?:the\s+)?$/i;
/** A limit with no verb to place it is ahead: "a new constitution by August". */
const DEADLINE_PREPOSITION = /\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+)?$/i;
/** What may stand between a verb of saying and its own date: "said on", "told reporters on", "said in a statement on". */
const SAYING_FRAME =
  /^\s*(?:(?:to\s+)?(?:reporters|journalists|lawmakers|parliament)\s+|(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+[\w-]+\s+)?(?:\w+\s+)?$/i;
/** "called for a ceasefire" is a past act; "called for talks to begin" (a future cue) wins the tie. */
const CALLED = /\bcalled\s+(?:for|on)\b/gi;

export function monthCue(sentence: string, start: number, end: number): MonthCue | null {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (PAST_PREFIX.test(before)) return { tense: 'past', strength: 'decisive', by: 'preposition' };
  if (FUTURE_SUFFIX.test(after))
    return { tense: GOAL_PAST.test(after) ? 'past' : 'future', strength: 'decisive', by: 'goal' };
  if (FUTURE_PREFIX.test(before) && !SPAN_END.test(after) && !RANGE.test(sentence.slice(start, end))) {
    return { tense: 'future', strength: FIRM_PREFIX.test(before) ? 'decisive' : 'governing', by: 'preposition' };
  }
  if (EVENT_DEADLINE.test(before) || PUT_OFF.test(before))
    return { tense: 'future', strength: 'governing', by: 'deadline' };
  const plain = sentence.replace(QUOTES, ' ');
  const ofEvent = EVENT_OF.exec(before);
  const modified = ofEvent ? (ofEvent[1] ? 'past' : 'nearest') : attributiveTense(sentence, start, end);
  if (modified === 'past') return { tense: 'past', strength: 'decisive', by: 'attributive' };
  if (modified === 'nearest') {
    const ofNoun = verbAfter(plain.slice(end).split(SENTENCE_PART)[0]);
    if (ofNoun) return ofNoun;
  }
  const clause = clauseAround(plain, start, end);
  const own = verbBefore(clause.before) ?? verbAfter(clause.after);
  if (own) return own;
  const fronted = clause.before.length === start;
  if (fronted) return verbAfter(plain.slice(end));
  return DEADLINE_PREPOSITION.test(before) ? { tense: 'future', strength: 'governing', by: 'deadline' } : null;
}

interface Found {
  at: number;
  text: string;
  tense: Tense;
}

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
  add(CALLED, 'past');
  return found;
}

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** The cue nearest the date among those before it; a future cue wins a tie ("was to hold"). */
function verbBefore(text: string): MonthCue | null {
  const ranked = cuesIn(text)
    .map((c) => ({ ...c, gap: wordsIn(text.slice(c.at + c.text.length)) }))
    .sort((a, b) => a.gap - b.gap || b.at + b.text.length - (a.at + a.text.length) || (a.tense === 'future' ? -1 : 1));
  for (const c of ranked) {
    if (REPORTING.test(c.text) && !SAYING_FRAME.test(text.slice(c.at + c.text.length))) continue;
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
