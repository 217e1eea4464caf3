// A party's act put on the calendar: "the prime minister is likely to take the oath on June 9",
// "the president is expected to sign the decree on Monday", "the king is due to address the
// nation". Only with an actor (or a pronoun for one) as subject and an act as verb: "is expected
// to win", "is likely to remain in office" are forecasts; "the storm is expected to reach" has no
// party. Not "is set to", which as often states a stance ("Assad was set to budge") or a step done to
// the subject ("is set to be arraigned"). The subject is the proposer.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { notStated } from '../notStated.ts';
import { isAct } from '../actVerb.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b((?:is|are|was|were)\s+(?:(?:also|now|still|widely)\s+)?(?:likely|expected|due|scheduled|slated))\s+to\s+(be\s+)?([a-z]+(?:-in)?)\b/gi;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['likely expected due scheduled slated'];

export const scheduled: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    if (!isAct(m[3], !!m[2], sentence.slice(at + m[0].length))) continue;
    if (!hasActorSubject(sentence, at, ctx.mentions) || notStated(sentence, at)) continue;
    return [
      { cue: m[1].replace(/\s+/g, ' '), cueStart: at, cueEnd: at + m[1].length, type: 'plan', parser: 'scheduled' },
    ];
  }
  return [];
}
