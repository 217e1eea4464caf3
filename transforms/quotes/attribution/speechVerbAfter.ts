// The first speech verb after a quote's closing mark, and the words before it that may name the
// speaker: shared by saidAfter ('"...," Kerry said') and saidBy ('"...," said Kerry'). None when
// the verb is a participle (', insisting that ...' belongs to the clause before the quote), when
// another quotation or a new clause with its own speaker comes first, or when a coordinated
// verb ('"..." and said it hoped') takes its subject from before the quote. A subordinate clause
// after a comma (', as he vowed to ...', ', when she announced ...') or a second reported clause
// ('"..." and that the group had ...') goes on with the sentence before the quote: its verb is no
// attribution. An apposition before the verb ('"...," Rami Abdulrahman, head of the Observatory,
// told Reuters') opens with a name or a determiner, not with the rest of the sentence ('"stab in
// the back" to Russia, says President Putin' is the verb first).
import type { AttributionInput } from './Attribution.ts';
import { speechLemma } from '../../text/lexicon/speechVerbs.ts';
import { wordsIn, type Word } from '../../text/words.ts';
import { subjectRegion } from './subjectRegion.ts';

/** ', as he vowed', ', when she announced', ', after the ministry said': a subordinate clause with a subject of its own. */
const SUBORDINATE_AFTER_COMMA = /,\s*(?:as|when|after|before|if|unless|until|once|whom|whose|where)\s/i;
/** The words before an apposition's comma name someone: a capitalised word or a determiner opens them. */
const APPOSITION_OPENS = /^(?:\p{Lu}|(?:a|an|the|one|two|three|his|her|their|its)\s)/u;

export interface VerbAfter {
  verb: Word;
  phraseStart: number;
  phraseEnd: number;
}

export function speechVerbAfter({ text, afterFrom: from, afterTo: to, mentions }: AttributionInput): VerbAfter | null {
  const words = wordsIn(text, from, to).slice(0, 14);
  const v = words.findIndex(
    (w, i) =>
      speechLemma(w.text) && !(i + 1 < words.length && speechLemma(words[i + 1].text) && !/^(said|says)$/.test(w.text)),
  );
  if (v < 0) return null;
  const verb = words[v];
  if (/ing$/.test(verb.text)) return null;
  const gap = text.slice(from, verb.start);
  if (/["\u201c\u201d]/.test(gap)) return null;
  // '... "nothing to do" with the attack, and US officials said ...', '..., while Kerry said': a new clause with its own speaker.
  if (/,\s*(?:and|but|while|whereas|although|though|yet|which|who|because|since)\s/i.test(gap)) return null;
  if (SUBORDINATE_AFTER_COMMA.test(gap) || /\band\s+that\s/.test(gap)) return null;
  // '"...," shortly after electoral authorities announced ...': a subordinate clause, not the attribution.
  if (/^[\s,\u2014\u2013-]*(?:\p{Ll}+ly\s+)?(?:after|before|when|as|once|since|because|until|while)\s/u.test(gap))
    return null;
  let phraseStart = from + Math.max(gap.lastIndexOf(','), gap.lastIndexOf('\u2014'), -1) + 1;
  let phraseEnd = verb.start;
  // '"...," Rami Abdulrahman, head of the Observatory, told Reuters': the name before the apposition.
  const lead = /^[\s,\u2014\u2013-]*/.exec(gap)![0].length;
  if (!text.slice(phraseStart, phraseEnd).trim() && APPOSITION_OPENS.test(gap.slice(lead)))
    [phraseStart, phraseEnd] = subjectRegion(text, from + lead, verb.start, mentions);
  if (/^\s*(and|but|then|or)\s*$/i.test(text.slice(phraseStart, phraseEnd))) return null;
  return { verb, phraseStart, phraseEnd };
}
