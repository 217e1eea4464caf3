// A condition named as such: "The opposition set the lifting of sieges as a precondition for
// talks", "Moscow made an end to US support for the rebels a condition of any deal", "the
// departure of Assad remains a precondition for the opposition". The content is the noun phrase
// that is the condition; the proposer the subject of the clause. "On condition of anonymity" and
// "the condition of the wounded" are not conditions put on anything.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(?:as\s+)?(?:an?|its|their|his|her|the|key|main)\s+(?:(?:key|main|firm|central|non-negotiable)\s+)?((?:pre-?)?condition)\s+(?:for|of|to|before)\s+(?!anonymity\b)(?:any\s+|the\s+|a\s+|further\s+|new\s+|more\s+)*(?:talks|negotiations|deal|agreement|truce|ceasefire|cease-fire|peace|settlement|participation|return|joining|taking\s+part|dialogue|transition|cooperation|resuming|resumption|any)\b/i;
const PRE_ALONE = /\b(precondition)s?\b(?!\s+(?:of\s+anonymity))/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['condition precondition preconditions'];

export const precondition: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  const m =
    PATTERN.exec(sentence) ??
    (/\b(?:set|sets|setting|made|makes|making|remains?|is|was|named|put)\b/i.test(sentence)
      ? PRE_ALONE.exec(sentence)
      : null);
  if (!m) return [];
  const at = m.index + m[0].indexOf(m[1]);
  return [
    {
      cue: m[1],
      cueStart: at,
      cueEnd: at + m[1].length,
      type: 'condition',
      parser: 'precondition',
      contentStart: contentStart(sentence, m.index),
    },
  ];
}

/** The object of "set/made ... as a precondition": the words after the verb before the cue. */
function contentStart(sentence: string, at: number): number {
  const verb =
    /\b(?:set|sets|setting|made|makes|making|named|names|put|puts|called|calls|described|described)\s+(?!as\b)/gi;
  let start = -1;
  for (const v of sentence.slice(0, at).matchAll(verb)) start = (v.index ?? 0) + v[0].length;
  return start >= 0 ? start : at;
}
