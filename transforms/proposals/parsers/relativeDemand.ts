// A demand told in a relative clause or a small clause about the one it targets: "Assad, whom
// the United States, France and Britain want out,", "Assad, whose departure the opposition
// demands,", "Washington wants Assad gone". The actors between the relative pronoun and the verb
// are the proposers; the one the clause is about, named before it, is the addressee.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const WANT = String.raw`wants?|wanted|want`;
const OUT = String.raw`out|gone|removed|ousted|replaced|toppled|out\s+of\s+power|to\s+(?:go|step\s+(?:down|aside)|leave(?:\s+power|\s+office)?|resign|quit)`;
const WHOM = new RegExp(String.raw`\b(whom|who)\s+((?:[\w.'\u2019-]+[\s,]+){1,10}?)(${WANT})\s+(?:${OUT})\b`, 'dgi');
const WHOSE = new RegExp(
  String.raw`\b(whose)\s+(departure|removal|ouster|ousting|resignation|exit|fall|overthrow|withdrawal|release|extradition|disarmament)\s+((?:[\w.'\u2019-]+[\s,]+){1,10}?)(demands?|demanded|wants?|wanted|seeks?|sought|insists?\s+on|insisted\s+on|calls?\s+for|called\s+for|has\s+demanded|have\s+demanded)\b`,
  'dgi',
);

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['who whom whose'];

export const relativeDemand: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  if (!/\bwho(?:m|se)?\b/i.test(sentence)) return [];
  for (const m of sentence.matchAll(WHOM)) {
    const span = m.indices![2]!;
    if (!ctx.mentions.some((x) => !x.media && x.start >= span[0] && x.end <= span[1])) continue;
    const [a, b] = m.indices![3]!;
    return [
      {
        cue: m[3],
        cueStart: a,
        cueEnd: b,
        type: 'demand',
        parser: 'relativeDemand',
        role: 'author',
        authorSpan: span,
        addresseeSpan: target(sentence, m.index ?? 0),
        contentStart: antecedent(sentence, m.index ?? 0),
      },
    ];
  }
  for (const m of sentence.matchAll(WHOSE)) {
    const span = m.indices![3]!;
    if (!ctx.mentions.some((x) => !x.media && x.start >= span[0] && x.end <= span[1])) continue;
    const [a, b] = m.indices![4]!;
    return [
      {
        cue: m[4].replace(/\s+/g, ' '),
        cueStart: a,
        cueEnd: b,
        type: 'demand',
        parser: 'relativeDemand',
        role: 'author',
        authorSpan: span,
        addresseeSpan: target(sentence, m.index ?? 0),
        contentStart: antecedent(sentence, m.index ?? 0),
      },
    ];
  }
  return [];
}

/** Where the clause naming the one targeted begins: after the comma or semicolon before the
 *  noun the relative clause is about ("..., Assad, whom ..."), else the sentence's start. */
function antecedent(sentence: string, at: number): number {
  const before = sentence.slice(0, at).replace(/[\s,]+$/, '');
  return Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
}

/** The words right before the relative pronoun ("Assad, whom"): where its target is named. */
function target(sentence: string, at: number): [number, number] {
  return [antecedent(sentence, at), at];
}
