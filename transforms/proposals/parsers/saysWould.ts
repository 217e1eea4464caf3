// A plan announced in reported speech: "the commission said it would formally declare the results
// on Sunday", "the party secretary said the leader would be sworn in on June 9", "the ministry
// announced that it will open two more crossings". The one who will act must be a party (an actor,
// a pronoun standing for one, or a party noun) and the verb an act: "analysts said prices would
// fall" is a forecast, "he said it would take time" or "would be difficult" a judgement, "would
// not" a refusal. The announcer is the proposer: an actor, or a body or role the codebook does not
// know ("the electoral commission said it would"). Meetings are convening's (listed before).
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { PARTY_WORDS } from '../partyWords.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { notStated } from '../notStated.ts';
import { isAct } from '../actVerb.ts';
import { ORG_HEADS } from '../../text/lexicon/orgNouns.ts';
import { isRoleNoun } from '../../text/lexicon/roleNouns.ts';
import { withCues } from '../withCues.ts';

/** A body or a role the codebook does not know, right before the verb: "the electoral commission said". */
const HEAD_BEFORE = /\bthe\s+(?:[\w-]+\s+){0,3}([A-Za-z]+)\s+$/i;
const ORG = new Set(Object.keys(ORG_HEADS).map((w) => w.toLowerCase()));
function namedBody(before: string): boolean {
  const head = HEAD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  return ORG.has(head) || isRoleNoun(head);
}

/** When: an announced plan names its day ("on Sunday", "on June 9", "next week", "by Friday"). A
 *  stated intention with no date ("the army said it would observe a truce") is a stance or an
 *  undertaking the other parsers judge, not an announcement. */
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WHEN = new RegExp(
  `\\b(?:(?:on|by|from|before|until)\\s+(?:${DAY}|(?:${MONTH})\\s+\\d|\\d{1,2}\\s+(?:${MONTH}))|(?:next|later\\s+this|this\\s+coming)\\s+(?:week|month|year|${DAY})|in\\s+(?:${MONTH})|tomorrow|tonight|within\\s+(?:days|hours|the\\s+next))`,
);
const PATTERN =
  /\b(said|says|announced|announces|confirmed|confirms|told\s+[\w ]{2,30}?)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?([^.;:"\u201c\u201d,]{1,80}?)\b(would|will|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:(?:[a-z]+ly|indeed|soon|also|then|now|still)\s+)*(be\s+)?([a-z]+(?:-in)?)\b/gi;
const SUBJECT_PRONOUN = /^(?:it|he|she|they|we)$/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['said says announced announces confirmed confirms told', 'would will is are was were'];

export const saysWould: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  if (!/\b(?:would|will|(?:is|are|was|were)\s+to)\b/i.test(sentence)) return [];
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    const subject = m[2].trim();
    const subjectStart = at + m[0].indexOf(m[2], m[1].length);
    // The party heads the subject: in "the next meeting of the ISSG would be held" the meeting does.
    const head = subject.split(/\s+of\s+/i)[0];
    const headEnd = subjectStart + m[2].indexOf(head) + head.length;
    const party =
      SUBJECT_PRONOUN.test(subject) ||
      PARTY_WORDS.test(head) ||
      ctx.mentions.some((x) => !x.media && x.start >= subjectStart && x.end <= headEnd);
    if (!party) continue;
    const after = sentence.slice(at + m[0].length);
    if (!isAct(m[5], !!m[4], after) || !WHEN.test(after.split(/[;.](?:\s|$)/)[0])) continue;
    if (!hasActorSubject(sentence, at, ctx.mentions) && !namedBody(sentence.slice(0, at))) continue;
    const modal = at + m[0].lastIndexOf(m[3], m[0].length - m[5].length - (m[4]?.length ?? 0));
    if (notStated(sentence, modal)) continue;
    return [
      {
        cue: m[3].replace(/\s+/g, ' '),
        cueStart: modal,
        cueEnd: modal + m[3].length,
        type: 'plan',
        parser: 'saysWould',
        role: 'speaker',
        contentStart: subjectStart,
      },
    ];
  }
  return [];
}
