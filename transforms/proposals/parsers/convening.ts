// A meeting announced for a date to come: "the ISSG, which Kerry said would reconvene on
// Friday", "Kerry said the group would meet again in Munich", "de Mistura announced that talks
// would resume on March 7". Only verbs of convening: "Kerry said the truce would hold" is a
// forecast. The announcer is the proposer.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const CONVENE = String.raw`reconvene|convene|resume|meet\s+again|hold\s+(?:a\s+|the\s+|new\s+|another\s+|fresh\s+|further\s+)?(?:[\w-]+\s+)?(?:meeting|talks|round|conference|summit|session)`;
const PATTERN = new RegExp(
  String.raw`\b((?:[\w.'\u2019-]+\s+){1,5}?)(said|says|announced|announces|told\s+\w+)\s+(?:that\s+)?(?:(?:the\s+|a\s+|new\s+|peace\s+|next\s+|round\s+of\s+|[\w-]+\s+){0,4}?)?(would|will|is\s+to|was\s+to|are\s+to|were\s+to|is\s+due\s+to|was\s+due\s+to)\s+(?:(?:only|probably|likely|formally)\s+)?(?:${CONVENE})\b`,
  'dgi',
);

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['said says announced announces told', 'reconvene convene resume meet hold'];

export const convening: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  if (!/\b(?:re)?(?:convene|resume|meet|hold)\b/i.test(sentence)) return [];
  for (const m of sentence.matchAll(PATTERN)) {
    const span = m.indices![1]!;
    if (
      !ctx.mentions.some((x) => !x.media && x.start >= span[0] && x.end <= span[1]) &&
      !/\b(?:he|she|they)\s+$/i.test(m[1])
    )
      continue;
    if (/\b(?:may|might|could|likely|unlikely|expected|hoped)\b/i.test(m[0])) continue;
    const [a, b] = m.indices![3]!;
    const relative = /^(?:which|that)\s/i.test(m[1]);
    return [
      {
        cue: m[3].replace(/\s+/g, ' '),
        cueStart: a,
        cueEnd: b,
        type: 'plan',
        parser: 'convening',
        role: 'author',
        authorSpan: span,
        contentStart: relative ? antecedent(sentence, m.index ?? 0) : m.indices![2]![1],
      },
    ];
  }
  return [];
}

/** "the ISSG, which Kerry said would reconvene": the noun the clause is about opens the summary. */
function antecedent(sentence: string, at: number): number {
  const before = sentence.slice(0, at).replace(/[\s,]+$/, '');
  return Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
}
