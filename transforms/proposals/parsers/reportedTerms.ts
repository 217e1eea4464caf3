// A deal's terms as a spokesman or a broker reports them, as outcomes rather than as anyone's
// verb of proposing: "Criminal charges against X have been dropped, Kremlin spokesman Dmitry Peskov
// said", "Fighters who did not take part will sign contracts with the ministry, Peskov says", "The
// spokesman also stressed that the authorities would not prosecute the fighters", "According to the
// mediator, the hostages will be released". In news English these are terms when a spokesman
// reports them (one the article calls so: ctx.spokesmen) or when the sentence or the one before
// names the deal, the talks or the guarantees (ctx.termsNear); elsewhere "the plane will land at
// noon" is a fact to come. Only outcomes a deal settles count (charges dropped, fighters not
// prosecuted, forces withdrawn or returned, contracts signed, safe passage granted), never a date
// ("will leave for India on Tuesday" is a schedule), and an active future needs a party as subject.
// The one who reports it is the proposer (role speaker).
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { PARTY_WORDS } from '../partyWords.ts';
import { withCues } from '../withCues.ts';

const GRANTED = `dropped|lifted|waived|withdrawn|released|freed|pardoned|granted|guaranteed|offered|allowed|permitted|given|exempted|amnestied`;
const SANCTION = `prosecuted?|persecuted?|punish(?:ed)?|charged?|pursued?|arrest(?:ed)?|extradited?|face\\s+(?:charges|prosecution)`;
const ACT = `sign|leave\\s+for|return\\s+to|withdraw|pull\\s+(?:back|out)|hand\\s+over|lay\\s+down|disarm|release|free|join|relocate\\s+to|move\\s+to|drop|lift|waive`;
/** The outcome: "have been dropped", "will be offered", "would not prosecute", "will sign". */
const OUTCOME = new RegExp(
  `\\b(?:(has|have)\\s+been\\s+(?:dropped|lifted|waived|withdrawn|pardoned|granted|guaranteed)|(will|would)\\s+(?:also\\s+)?(?:be\\s+(?:${GRANTED})|not\\s+(?:be\\s+)?(?:${SANCTION})|(${ACT})))\\b`,
  'i',
);
const SAYS = `said|says|stressed|stresses|added|adds|confirmed|confirms|announced|announces|assured|assures`;
/** "..., Kremlin spokesman Dmitry Peskov said." */
const TRAILING = new RegExp(`,\\s*([^,]{2,70}?)\\s+(?:${SAYS})(?:\\s+on\\s+[A-Z]\\w+)?\\s*\\.?\\s*$`, 'i');
/** "According to Peskov, ..." */
const ACCORDING = /^\s*According\s+to\s+([^,]{2,70}),\s*/i;
/** "The spokesman also stressed that ..." */
const LEADING = new RegExp(`^(.{2,80}?)\\b(?:${SAYS})\\s+(?:on\\s+[A-Z]\\w+\\s+)?that\\s+`, 'i');
const SPOKES = /\b(?:spokes(?:man|woman|person)|press\s+secretary|mediator|negotiator)\b/i;
const DATED =
  /\b(?:(?:on|by|next|this|this\s+coming)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|tomorrow|tonight|at\s+(?:noon|midnight|\d))\b/i;
/** Those an active term binds, when no actor is named: "Those mercenaries who ...". */
const PARTY =
  /\b(?:authorities|fighters|mercenaries|soldiers|troops|prisoners|detainees|hostages|militants|combatants|units|columns)\b/i;

/** What a deal lifts or grants, as the subject of a passive: "the criminal case ... will be dropped". */
const SETTLED =
  /\b(?:charges?|case|cases|sanctions|ban|warrants?|siege|blockade|amnesty|immunity|passage|guarantees?|contracts?)\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'said says stressed stresses added adds confirmed confirms announced announces assured assures according',
  'has have will would',
];

export const reportedTerms: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  const frame = attribution(sentence);
  if (!frame) return [];
  const [from, to, saidFrom, saidTo] = frame;
  const speaker = ctx.mentions.filter((m) => !m.media && m.start >= saidFrom && m.end <= saidTo);
  const said = sentence.slice(saidFrom, saidTo);
  const spokesman = SPOKES.test(said) || speaker.some((m) => ctx.spokesmen?.has(m.actor_id));
  if (!spokesman && !ctx.termsNear) return [];
  if (!speaker.length && !SPOKES.test(said)) return [];
  const clause = sentence.slice(from, to);
  const o = OUTCOME.exec(clause);
  if (!o || DATED.test(clause)) return [];
  // Someone the deal binds, or what it lifts or grants: "the results will be released" is news to come.
  const subject = clause.slice(0, o.index);
  const party = PARTY_WORDS.test(subject) || PARTY.test(subject) || SETTLED.test(subject);
  if (!party && !ctx.mentions.some((m) => m.start >= from && m.end <= from + o.index)) return [];
  const cue = (o[1] ?? o[2]) as string;
  const at = from + o.index;
  return [
    {
      cue,
      cueStart: at,
      cueEnd: at + cue.length,
      type: 'plan',
      parser: 'reportedTerms',
      // the one named after or before the clause ("..., Peskov said", "According to Peskov, ...")
      ...(saidFrom >= to || saidTo <= from
        ? { role: 'author' as const, authorSpan: [saidFrom, saidTo] }
        : { role: 'speaker' as const }),
      contentStart: from + (clause.length - clause.trimStart().length),
    },
  ];
}

/** The reported clause [from, to) and the attribution's span, or none. */
function attribution(sentence: string): [number, number, number, number] | undefined {
  const t = TRAILING.exec(sentence);
  if (t) return [0, t.index, t.index, sentence.length];
  const a = ACCORDING.exec(sentence);
  if (a) return [a[0].length, sentence.length, 0, a[0].length];
  const l = LEADING.exec(sentence);
  if (l) return [l[0].length, sentence.length, 0, l[0].length];
  return undefined;
}
