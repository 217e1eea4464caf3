// A condition put as the time an action will come: "the opposition would only return to Geneva
// once sieges had been lifted", "Moscow will halt its strikes only when the rebels leave the
// city", "aid would move as soon as the fighting stops", "Turkey would join only after Kurdish
// forces withdrew". The clause before the cue must commit someone (a modal or "ready to",
// "agreed to"), and a clause (a subject and a finite verb) must follow the cue: "once again",
// "at once", "as soon as possible", "as soon as Friday" are no conditions.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const CUE = /\b(only\s+once|once|only\s+when|only\s+after|as\s+soon\s+as)\b/gi;
const COMMITS =
  /\b(?:would|will|could|can|shall|(?:is|are|was|were)\s+(?:ready|prepared|willing)\s+to|agreed\s+to|(?:has|have|had)\s+offered\s+to)\s+(?:only\s+|not\s+|be\s+)?[a-z]+/i;
// After the cue: a subject of up to six words, then a finite verb.
const CLAUSE_AFTER =
  /^\s+(?!again\b|more\b|a\s+(?:week|day|month|year)\b|possible\b|practicable\b|feasible\b|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next|this)\b)(?:[\w'\u2019-]+\s+){1,6}?(?:is|are|was|were|has|have|had|will|would|can|could|[a-z]+(?:ed|es)|stops?|ends?|goes|went|holds?|held|begins?|began|leaves?|left|withdr[ae]w|agrees?|takes?|took|gets?|got|comes?|came|meets?|met|falls?|fell|opens?|opened|arrives?|arrived|ceases?|ceased|allows?|allowed|lifts?|withdraws?)\b/i;
const NOT_PREDICTION = /\b(?:expected|likely|predicted|forecast|feared)\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['once only soon'];

export const onceDone: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  for (const m of sentence.matchAll(CUE)) {
    const at = m.index ?? 0;
    const before = sentence.slice(0, at);
    const clause = before.slice(Math.max(0, before.search(/[^.;]*$/)));
    if (!COMMITS.test(clause) || NOT_PREDICTION.test(clause)) continue;
    if (/\bat\s+$/i.test(before) || /\b(?:the|a|its|their)\s+$/i.test(before)) continue; // "at once", "the once-mighty"
    if (!CLAUSE_AFTER.test(sentence.slice(at + m[0].length))) continue;
    return [
      { cue: m[1].replace(/\s+/g, ' '), cueStart: at, cueEnd: at + m[1].length, type: 'condition', parser: 'onceDone' },
    ];
  }
  return [];
}
