// An actor's stated intention or readiness, with the action after it: "Moscow was ready to share
// intelligence", "Kerry and de Mistura want to hold the next round of talks on Friday", "he
// hoped to reconvene the talks", "Russia has promised to restrain the forces of...". Only with an
// actor (or a pronoun standing for one) as subject, and only for actions: "wants to learn what",
// "hoped to see", "aid trucks were ready to cross" state no proposal. "X had committed under
// the agreement to restrain": a commitment is an offer (its deal named between the verbs).
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { notStated } from '../notStated.ts';
import { withCues } from '../withCues.ts';

// "planned to", "intends to", and a commitment with the text that binds it between verb and "to"
// ("Moscow had committed under the September 9 agreement to restrain the air force").
const PATTERN =
  /\b(wants?|wanted|hopes?|hoped|(?:is|was|are|were|be|stands?|stood)\s+ready|promised|promises|pledged|pledges|offered|offers|plans|planned|planning|intends?|intended|intending|(?:is|are|was|were|has|have|had|remains?)\s+(?:also\s+)?committed(?:\s+(?:itself|themselves|himself|herself))?(?:\s+(?:under|in|at|by)\s+[^,;.]{3,50}?)?|commits|committing|undertook|undertakes)\s+to\s+([a-z]+)/gi;
const NOT_ACTION =
  /^(?:learn|know|see|hear|understand|find|be|avoid|say|talk|wait|stay|remain|return|go|leave|live|die|win|believe|think|make|get|finish|have|address|discuss|raise|explore|visit|meet|speak|travel|fly|head|arrive|try|trying|seek|seeking|work|working|a|an|the|its|their|his|her|this|that|these|those|any|peace|political|democracy)$/i;
const TYPE: [RegExp, string][] = [
  [/^want|^hope|^plan|^intend/i, 'plan'],
  [/ready|^offer/i, 'offer'],
  [/^promis|^pledg|commit|^undert/i, 'offer'],
];

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'want wants wanted hope hopes hoped ready promised promises pledged pledges offered offers plans ' +
    'planned planning intend intends intended intending committed commits committing undertook undertakes',
  'to',
];

export const actorIntends: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    // "ready to work with any state that wants to" is an offer of partnership; "want to work" alone no act
    const partnership = /^work/i.test(m[2]) && /^\s+(?:with|together)\b/i.test(sentence.slice(at + m[0].length));
    if (NOT_ACTION.test(m[2]) && !partnership) continue; // a vow ("vowed to destroy") is a resolve, not a proposal: not in PATTERN
    if (!hasActorSubject(sentence, at, ctx.mentions)) continue;
    // "Back in 2011, Jordan pledged to", "had he promised to", "Will Moscow offer to ...?"
    if (notStated(sentence, at)) continue;
    const verb = m[1].replace(/\s+(?:under|in|at|by)\s+[\s\S]*$/i, '');
    const cue = `${verb} to`.replace(/\s+/g, ' ');
    return [
      {
        cue,
        cueStart: at,
        cueEnd: at + verb.length,
        type: TYPE.find(([p]) => p.test(m[1]))?.[1] ?? 'plan',
        parser: 'actorIntends',
      },
    ];
  }
  return [];
}
