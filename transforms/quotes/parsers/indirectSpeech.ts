// Reported speech without quotation marks, one phrasing family per pattern:
// - subject, speech verb, clause: "Assad insisted Putin and Lavrov had never raised the issue",
//   "the Kremlin said on Friday a US proposal ... had not been addressed", "Kerry said that he
//   hoped to address the crises", "Mr Lavrov told Mr Kerry there was a need...";
// - clause, then the attribution: "Fresh air strikes ... killed at least 12 civilians on
//   Thursday, the Syrian Observatory for Human Rights said."
// Sentences that hold a direct quotation are left to the direct quotes. The speaker phrase is
// returned as offsets; attribution to an actor happens in index.ts with the mentions.
import { speechLemma, CLAUSE_VERBS, FINITE_CLAUSE_FORMS } from '../../text/lexicon/speechVerbs.ts';
import { wordsIn } from '../../text/words.ts';
import { subjectRegion } from '../attribution/subjectRegion.ts';
import type { MentionRef } from '../QuoteCandidate.ts';

export interface IndirectSpan {
  start: number;
  end: number;
  verb: string;
  subjectStart: number;
  subjectEnd: number;
}

const ADVERBIAL =
  /^\s*(?:(?:on|late|early|earlier|later|last|this)\s+)?(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|also|repeatedly|again|this week|last week|in a statement|in an interview|on Twitter)?\s*,?\s*/;
/** "X added Y" goes on with what X said before; it opens no reported speech of its own. */
const ADDED = new Set(['added', 'adds']);
const CLAUSE_START =
  /^(?:that\s+)?((?:the|a|an|it|he|she|they|we|there|this|his|her|its|their|no|any|all|\p{Lu})[\s\S]*)$/u;

const TAKES_BARE_CLAUSE = new Set([
  'say',
  'tell',
  'insist',
  'warn',
  'add',
  'claim',
  'believe',
  'argue',
  'predict',
  'maintain',
  'assert',
  'allege',
  'contend',
]);

export function indirectSpeech(text: string, from: number, to: number, mentions: MentionRef[] = []): IndirectSpan[] {
  const sentence = text.slice(from, to);
  if (/["\u201c\u201d\u2018]|(?:^|\s)'\w/.test(sentence)) return [];
  const words = wordsIn(text, from, to);
  // Clause, then the attribution at the end: ", the Syrian Observatory for Human Rights said."
  const tail = /,\s+([^,]{2,60}?)\s+(said|says|reported|added|warned|claimed)\s*\.?\s*$/.exec(sentence);
  if (tail && tail.index > 20) {
    const subjectStart = from + tail.index + tail[0].indexOf(tail[1]);
    return [
      { start: from, end: from + tail.index, verb: tail[2], subjectStart, subjectEnd: subjectStart + tail[1].length },
    ];
  }
  for (let v = 1; v < words.length - 3; v++) {
    const w = words[v].text;
    const lemma = speechLemma(w);
    if (!lemma || !CLAUSE_VERBS.has(lemma) || !FINITE_CLAUSE_FORMS.has(w) || ADDED.has(w)) continue;
    let rest = text.slice(words[v].end, to);
    let offset = words[v].end;
    if (lemma === 'tell') {
      // "told reporters", "told Mr Kerry", "told the Associated Press following the meeting that"
      const obj =
        /^\s+(?:[\p{L}.'\u2019-]+\s+){0,6}?(?:that\s+)/u.exec(rest) ??
        /^\s+(?:reporters|journalists|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s+/u.exec(rest);
      if (!obj) continue;
      rest = rest.slice(obj[0].length);
      offset += obj[0].length;
    }
    const adv = ADVERBIAL.exec(rest)?.[0] ?? '';
    rest = rest.slice(adv.length);
    offset += adv.length;
    const clause = CLAUSE_START.exec(rest);
    // Verbs that also take a plain object ("stressed the urgency", "confirmed the date") report speech only with "that".
    if (!TAKES_BARE_CLAUSE.has(lemma) && !/^that\s/.test(rest)) continue;
    if (!clause || /^to\s/.test(rest)) continue;
    const clauseStart = offset + rest.indexOf(clause[1]);
    const clauseText = text.slice(clauseStart, to).replace(/[\s.!?]+$/, '');
    if (clauseText.split(/\s+/).length < 3) continue;
    const clauseFrom = from + Math.max(text.slice(from, words[v].start).lastIndexOf(';'), -1) + 1;
    const [subjectStart, subjectEnd] = subjectRegion(text, clauseFrom, words[v].start, mentions);
    return [
      { start: clauseStart, end: clauseStart + clauseText.length, verb: w.toLowerCase(), subjectStart, subjectEnd },
    ];
  }
  return [];
}
