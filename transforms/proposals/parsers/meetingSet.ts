// A meeting put on the calendar by the parties who will meet: "he would meet other finance ministers
// in Brussels on Tuesday", "All 28 members of the union will attend a summit on Sunday to discuss the
// crisis", "the two leaders are to hold talks in Geneva next week". The meeting's day must be named
// after the verb, and the ones who meet must be a party (an actor, a pronoun, or a party noun:
// "finance ministers", "members"). Convening (listed before) reads "said the group would meet
// again" and "would reconvene"; a meeting that took place ("met on Sunday"), a meeting of no
// party ("the storm will hit on Sunday"), one with no day ("will meet to discuss it") and a
// hypothetical or negated one ("would not attend the summit on Sunday") are none. The subject is
// the proposer; a reported one ("Tusk said that ministers would meet") goes to proposerOf's rules.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { PARTY_WORDS } from '../partyWords.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { notStated } from '../notStated.ts';
import { withCues } from '../withCues.ts';

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MEETING = String.raw`(?:summit|meeting|conference|talks|session|negotiations)`;
const PATTERN = new RegExp(
  String.raw`\b(will|would|(?:is|are|was|were)\s+(?:due\s+)?to|plans?\s+to|planned\s+to)\s+(?:(?:also|then|again|now|first|next)\s+)?` +
    String.raw`(meet|attend\s+(?:an?|the|this|next)\s+(?:[\w-]+\s+){0,3}?${MEETING}|hold\s+(?:(?:an?|the|new|fresh|further|another)\s+)?(?:[\w-]+\s+){0,2}?${MEETING})\b`,
  'gi',
);
const WHEN = new RegExp(
  String.raw`^[^.;]{0,90}?\b(?:(?:on|by|this|next)\s+(?:${DAY})|(?:on\s+)?(?:${MONTH})\s+\d+|(?:on\s+)?\d{1,2}\s+(?:${MONTH})|next\s+(?:week|month)|later\s+this\s+(?:week|month)|tomorrow)\b`,
);

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'will would is are was were plan plans planned',
  'meet attend hold',
  `${DAY} ${MONTH} week month tomorrow`.replace(/\|/g, ' ').toLowerCase(),
];

export const meetingSet: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    if (!WHEN.test(sentence.slice(at + m[0].length))) continue;
    if (!partySubject(sentence, at, ctx) || notStated(sentence, at)) continue;
    // "If the talks fail, Putin would meet Erdogan on Friday": a hypothetical
    if (/\b(?:if|unless)\b/i.test(sentence.slice(0, at))) continue;
    return [
      { cue: m[1].replace(/\s+/g, ' '), cueStart: at, cueEnd: at + m[1].length, type: 'plan', parser: 'meetingSet' },
    ];
  }
  return [];
}

/** The ones who meet: an actor or pronoun right before the modal, or a subject of the clause (after
 *  its last break) that names an actor or a party noun ("All 28 members of the union"). */
function partySubject(sentence: string, at: number, ctx: ParseContext): boolean {
  if (hasActorSubject(sentence, at, ctx.mentions)) return true;
  const before = sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.search(/\bthat\s[^]*$/i));
  const subject = before.slice(cut + 1);
  if (subject.length > 80 || /\b(?:who|which|where|when)\b/i.test(subject)) return false;
  return PARTY_WORDS.test(subject) || ctx.mentions.some((x) => !x.media && x.start > cut && x.end <= at);
}
