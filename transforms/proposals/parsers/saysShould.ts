// A call or demand put as reported speech with a modal of obligation: "Lavrov said the Syrian
// government and the opposition should sit down face to face", "the group said representatives
// of the government should begin formal negotiations by January 1", "Riyadh insisted that the
// opposition must be represented". The one who must act has to be a party (an actor or a party
// noun): "analysts said prices should fall" is a forecast. The speaker is the proposer.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { PARTY_WORDS } from '../partyWords.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(said|says|say|told\s+[\w ]{2,30}?|insisted|insists|insist|argued|argues|stressed|stresses|added|adding|demanded|demands|proposed|proposes|suggested|suggests)\s+(?:that\s+)?([^.;:"\u201c\u201d]{3,120}?)\b(should|must|ought\s+to|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?!have\b|be\s+(?:decided|left|up|able)\b|not\s+be\b)[a-z]+/gi;

const MODAL = /\b(?:should|must|ought|needs?\s+to|ha(?:s|ve)\s+to)\b/i;
// A step of a peace process as subject, with an action someone must take on it: "the talks
// should resume as soon as possible", "the convoys must be allowed in", "the sieges must be
// lifted", "elections should take place within 18 months". Not a forecast about how it will fare
// ("the truce should hold", "talks should succeed").
const PROCESS =
  /^(?:the\s+|all\s+|any\s+|these\s+|those\s+|new\s+|further\s+|peace\s+|[\w-]+\s+){0,3}?(?:talks|negotiations|convoys?|aid|deliveries|supplies|sieges?|bombing|bombardment|strikes|air\s?strikes|attacks|shelling|fighting|hostilities|elections?|transition|evacuations?|prisoners|detainees|corridors?|access|blockade|humanitarian\s+(?:aid|access|deliveries|convoys))\b/i;
const PROCESS_ACTION =
  /^(?:resume|restart|begin|start|stop|end|cease|halt|take\s+place|go\s+ahead|reach|get\s+through|be\s+(?:allowed|lifted|resumed|ended|halted|stopped|released|freed|granted|opened|reconvened|extended|implemented|delivered|held|let|permitted|guaranteed|expanded|broadened|restored|reopened|unblocked))\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'said says say told insisted insists insist argued argues stressed stresses added adding demanded ' +
    'demands proposed proposes suggested suggests',
  'should must ought need needs has have',
];

export const saysShould: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  if (!MODAL.test(sentence)) return [];
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    const subjectStart = at + m[0].indexOf(m[2], m[1].length);
    const subjectEnd = subjectStart + m[2].length;
    const modalAt = at + m[0].lastIndexOf(m[3]);
    const process = PROCESS.test(m[2].trim()) && PROCESS_ACTION.test(sentence.slice(modalAt + m[3].length).trimStart());
    const party =
      PARTY_WORDS.test(m[2]) ||
      process ||
      ctx.mentions.some((x) => !x.media && x.start >= subjectStart && x.end <= subjectEnd);
    if (!party || /,/.test(m[2].slice(0, 3))) continue;
    if (!hasActorSubject(sentence, at, ctx.mentions) && !/^(?:adding|added)$/i.test(m[1])) continue;
    const modal = at + m[0].lastIndexOf(m[3]);
    const demand = /^must|^insist|^demand/i.test(m[3]) || /^insist|^demand/i.test(m[1]);
    return [
      {
        cue: m[3],
        cueStart: modal,
        cueEnd: modal + m[3].length,
        type: demand ? 'demand' : 'call',
        parser: 'saysShould',
        role: 'speaker',
        contentStart: subjectStart,
      },
    ];
  }
  return [];
}
