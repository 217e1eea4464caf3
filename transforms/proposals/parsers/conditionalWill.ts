// A conditional commitment or warning in an actor's mouth: "Israel will respond if the truce is
// broken", "Russian negotiators would return to Geneva if the truce held", "Moscow will retaliate
// unless the strikes stop". The actor is the subject of the modal; the condition follows it.
// "It would be a disaster if ..." (no actor, a judgement) and "Israel withdrew its troops if ..."
// (no modal: a past act) are none.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(will|would)\s+(?:(?:also|immediately|then|swiftly|forcefully)\s+)?(?!be\b|have\b|say\b|tell\b|not\b|never\b|only\b)([a-z]+)\b[^.;:]{0,120}?(?<!\bonly\s)(?<!\beven\s)\b(?:if|unless|as\s+long\s+as|provided\s+that)\s+\S/gi;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['will would', 'if unless long provided'];

export const conditionalWill: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    // "it would mark a shift if ...": an expletive or a thing's "it", a judgement, no actor's word
    if (/\bit\s+$/i.test(sentence.slice(0, at)) || !hasActorSubject(sentence, at, ctx.mentions)) continue;
    return [{ cue: m[1], cueStart: at, cueEnd: at + m[1].length, type: 'condition', parser: 'conditionalWill' }];
  }
  return [];
}
