// A call on named parties to act: "Washington wants Moscow to make the air force stop bombing",
// "Moscow has said it wants the United States to separate the rebels", "would press the
// government and the opposition to begin direct talks", "Lavrov called on Washington to make
// sure...", "managed to convince the insurgent to stop the advance". The one asked must be an actor of the codebook or a party ("all sides", "the
// rebels"): "told reporters to", "expects prices to" are no calls. The addressee is recorded.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { PARTY_WORDS } from '../partyWords.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(wants?|wanted|expects?|expected|asked|asks|told|tells|called\s+on|calls?\s+on|calling\s+on|pressed|press(?:es|ing)?|push(?:es|ed|ing)?|encouraged|encourages|appealed\s+to|appeals\s+to|invited|invites|challenged|challenges|demanded\s+of|convinced?|convinces|convincing|persuaded?|persuades|persuading)\s+((?:[\w'\u2019.-]+\s+){1,8}?)to\s+(?!the\b|a\b|an\b)([a-z]+)/gi;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'want wants wanted expect expects expected asked asks told tells called call calls calling pressed ' +
    'press presses pressing push pushes pushed pushing encouraged encourages appealed appeals invited ' +
    'invites challenged challenges demanded convince convinced convinces convincing persuade persuaded persuades ' +
    'persuading',
  'to',
];

export const asksOthersTo: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    const objStart = at + m[0].indexOf(m[2], m[1].length);
    const objEnd = objStart + m[2].length;
    const named = ctx.mentions.some(
      (x) => !x.media && x.start >= objStart && x.start < objEnd && x.start - objStart <= 5,
    );
    if (
      !named &&
      !(PARTY_WORDS.test(m[2]) && /^(?:all|both|the|its|his|their|warring|them|him|her|us|everyone|each)\b/i.test(m[2]))
    )
      continue;
    if (/^(?:told|tells)$/i.test(m[1]) && !named) continue;
    const cue = m[1].replace(/\s+/g, ' ');
    return [{ cue, cueStart: at, cueEnd: at + m[1].length, type: 'call', parser: 'asksOthersTo' }];
  }
  return [];
}
