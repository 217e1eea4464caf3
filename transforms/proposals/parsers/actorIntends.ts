// An actor's stated intention or readiness, with the action after it: "Moscow was ready to share
// intelligence", "Kerry and de Mistura want to hold the next round of talks on Friday", "he
// hoped to reconvene the talks", "Russia has promised to restrain the forces of...". Only with an
// actor (or a pronoun standing for one) as subject, and only for actions: "wants to learn what",
// "hoped to see", "aid trucks were ready to cross" state no proposal.
import type { Candidate, ParseContext } from '../Candidate.ts';
import { hasActorSubject } from '../hasActorSubject.ts';

const PATTERN = /\b(wants?|wanted|hopes?|hoped|(?:is|was|are|were|be|stands?|stood)\s+ready|promised|promises|pledged|pledges|offered|offers|vowed|vows)\s+to\s+([a-z]+)/gi;
const NOT_ACTION = /^(?:learn|know|see|hear|understand|find|be|avoid|say|talk|wait|stay|remain|return|go|leave|live|die|win|believe|think|make|get|finish|have|address|discuss|raise|explore|visit|meet|speak)$/i;
const TYPE: [RegExp, string][] = [[/^want|^hope/i, 'plan'], [/ready|^offer/i, 'offer'], [/^promis|^pledg|^vow/i, 'offer']];

export function actorIntends(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    if (NOT_ACTION.test(m[2]) || /^vow/i.test(m[1])) continue;
    if (!hasActorSubject(sentence, at, ctx.mentions)) continue;
    const cue = `${m[1]} to`.replace(/\s+/g, ' ');
    return [{ cue, cueStart: at, cueEnd: at + m[1].length + 3, type: TYPE.find(([p]) => p.test(m[1]))?.[1] ?? 'plan', parser: 'actorIntends' }];
  }
  return [];
}
