// A pledge: "vowed to punish those responsible", "pledged $10 million", "pledged to rebuild",
// "promised swift help", "vows full support". The clause's subject is its proposer. Reported
// pledges of an actor with its action after "to" go first to actorIntends (listed before), which
// knows "promised to see" from "promised to rebuild"; this one adds "vowed" and pledges of money
// or support. A vow of what the speaker feels or will be ("vowed to be strong", "vowed to
// remember") commits to no act.
import type { Candidate, ParseContext } from '../Candidate.ts';
import { notStated } from '../notStated.ts';
import { attributedQuote } from '../attributedQuote.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed))\s+(?:(?:on\s+\w+|again|also|publicly|repeatedly)\s+)?(?=to\s+([a-z]+)|(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:[A-Z]{1,2}|U\.S\.)?\$|£|€|\d|(?:full|swift|further|more|continued|additional|financial|military|humanitarian|emergency)\s|support\b|aid\b|assistance\b|help\b|funds?\b|money\b))/gi;
const NOT_ACTION =
  /^(?:be|remain|stay|remember|see|feel|keep|never|not|continue|the|a|an|retake|recapture|reconquer|liberate|crush|destroy|defeat|annihilate|eliminate|wipe|fight|win|resist|avenge|retaliate|strike|attack|regain|reclaim)$/i;
const WAR_AIM = /^\s*to\s+(?:take|win|get)\s+(?:back|over)\b/i;

// In the speaker's own words, attributed outside the quotation: "'Those responsible will be
// punished,' the president said", "'We will find and punish everyone behind this,' he said".
const PUNISHED =
  /\b(?:(will|shall)\s+be\s+(?:(?:[a-z]+|and)\s+){0,4}?(?:punished|brought\s+to\s+justice|held\s+(?:accountable|responsible)|prosecuted)|we\s+(will|shall)\s+(?:[a-z]+\s+and\s+)?(?:punish|hunt\s+down|bring\s+to\s+justice))\b/di;
const SAYS = /\b(?:said|says|told|added|stated|declared|vowed|warned)\b/i;

function quotedVow(ctx: ParseContext): Candidate[] {
  const found = attributedQuote(ctx.raw ?? '', PUNISHED, SAYS, ctx.mentions);
  if (!found) return [];
  const { match: m, inner, open, span } = found;
  const [a, b] = m.indices![1] ?? m.indices![2]!;
  return [
    {
      cue: inner.slice(a, b),
      cueStart: open + 1 + a,
      cueEnd: open + 1 + b,
      type: 'offer',
      parser: 'pledged',
      role: 'author',
      authorSpan: span,
      contentStart: open + 1,
    },
  ];
}

/** Words PATTERN cannot match without: other sentences are read for a quoted vow only. */
const CUES = ['vow vows vowed pledge pledges pledged promise promises promised'];

const vowed = withCues(CUES, function vowed(sentence: string): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    if (m[2] && (NOT_ACTION.test(m[2]) || WAR_AIM.test(sentence.slice(at + m[1].length)))) continue;
    if (notStated(sentence, at)) continue;
    return [{ cue: m[1], cueStart: at, cueEnd: at + m[1].length, type: 'offer', parser: 'pledged' }];
  }
  return [];
});

export function pledged(sentence: string, ctx: ParseContext): Candidate[] {
  const found = vowed(sentence, ctx);
  return found.length ? found : quotedVow(ctx);
}
