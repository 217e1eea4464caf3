// Once an article has stated a deal, the sentences that set out its terms as obligations or
// conditional commitments: "A cessation of hostilities is to begin across Syria on Monday",
// "Both sides are to pull back from the road", "the air force would be barred from flying",
// "If the truce holds for seven days, Washington and Moscow will set up a joint centre". Only in
// that context: elsewhere "Kerry is to fly to Brussels" is a schedule, not a proposal. A list of the
// deal's points is often written as verbless lines (listedTerm.ts): "Heavy weapons to be withdrawn",
// "Ukraine to control its border", "Withdrawal of all foreign troops".
import type { Candidate, ParseContext } from '../Candidate.ts';
import { clauseStart } from '../clauseStart.ts';
import { listedTerm } from '../listedTerm.ts';

const OBLIGATION =
  /\b(?:is|are)\s+to\s+(?!be\s+(?:held|expected|seen)\b)[a-z]+|\b(?:will|would)\s+be\s+(?:expected|required|allowed|obliged|barred|banned|forbidden|prohibited)\s+(?:to|from)\b|\b(?:would|will)\s+no\s+longer\b/i;
const CONDITIONAL = /^\s*If\s+[^,]{5,120},\s+[^.;]*?\b(will|would)\s+(?!be\s+(?:the|a|an)\b)[a-z]+/i;

export function dealTerms(sentence: string, ctx: ParseContext): Candidate[] {
  if (!ctx.dealStated) return [];
  const o = OBLIGATION.exec(sentence);
  if (o)
    return [
      {
        cue: o[0].replace(/\s+/g, ' '),
        cueStart: o.index,
        cueEnd: o.index + o[0].length,
        type: 'plan',
        parser: 'dealTerms',
        role: 'deal',
        status: 'agreed',
        contentStart: clauseStart(sentence, o.index),
      },
    ];
  const c = CONDITIONAL.exec(sentence);
  if (c) {
    const at = c.index + c[0].lastIndexOf(c[1]);
    return [
      {
        cue: c[1],
        cueStart: at,
        cueEnd: at + c[1].length,
        type: 'plan',
        parser: 'dealTerms',
        role: 'deal',
        status: 'agreed',
        contentStart: c.index,
      },
    ];
  }
  const l = listedTerm(sentence);
  if (l)
    return [
      {
        cue: l.cue,
        cueStart: l.at,
        cueEnd: l.at + l.cue.length,
        type: 'plan',
        parser: 'dealTerms',
        role: 'deal',
        status: 'agreed',
        // the line's first word: in a clause read alone (the rest blanked), where that clause begins
        contentStart: Math.max(0, sentence.search(/\S/)),
      },
    ];
  return [];
}
