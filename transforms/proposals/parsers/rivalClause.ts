// A rival or parallel wish after "while"/"whereas", once the clause before it states a proposal:
// "Russia proposed a ceasefire starting on March 1, while the United States wanted it to start
// immediately", "Jordan agreed to coordinate a list ..., while Saudi Arabia would host a meeting".
// The contrast makes the second clause a proposal of its own even with a plain "wanted" or
// "would": only read there (clausePieces), never on a sentence alone, and only with an actor of
// the codebook as the clause's subject, right at its start ("while Kerry would host" yes, "while
// prices would fall" no).
import type { Candidate, ParseContext } from '../Candidate.ts';

const VERB =
  /^((?:\S+\s+){0,6}?)(wanted|wants|preferred|prefers|proposed|proposes|sought|seeks|favou?red|favou?rs|insisted\s+on|insists\s+on|pushed\s+for|pushes\s+for|demanded|demands|would|will|was\s+to|is\s+to|offered|offers)\s+(?!(?:not|never|be\s+(?:held|seen|likely))\b)([a-z]+)/i;
const TYPE: [RegExp, string][] = [
  [/^(?:demand|insist)/i, 'demand'],
  [/^offer/i, 'offer'],
  [/^(?:push)/i, 'call'],
];

export function rivalClause(view: string, from: number, ctx: ParseContext, type: string): Candidate | undefined {
  const m = VERB.exec(view.slice(from));
  if (!m) return undefined;
  const subjectEnd = from + m[1].trimEnd().length;
  const subject = ctx.mentions.some((x) => !x.media && x.start >= from && x.end <= subjectEnd && x.start - from <= 8);
  if (!subject || /[,;]/.test(m[1])) return undefined;
  const at = from + m[1].length;
  const cue = m[2].replace(/\s+/g, ' ');
  return {
    cue,
    cueStart: at,
    cueEnd: at + m[2].length,
    type: TYPE.find(([p]) => p.test(cue))?.[1] ?? type,
    parser: 'rivalClause',
  };
}
