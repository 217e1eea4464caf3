// A condition put on a deal or offer: "the deal would only succeed if Moscow kept Assad in
// check", "provided that the truce holds", "on condition that the sieges are lifted", "as long as
// the rebels break with Nusra". Its proposer is the one who sets it (the subject, or the speaker).
// "as long as five years", "on condition of anonymity" are not conditions.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(only\s+(?:\w+\s+)?if|provid(?:ed|ing)\s+that|on\s+(?:the\s+)?condition\s+that|as\s+long\s+as(?!\s+(?:\d|a\s+|an\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+hundred|several|many|few|some)\b|possible|necessary|needed|it\s+takes|ever|before|usual))|in\s+(?:exchange|return)\s+for)\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['only provided providing condition long exchange return'];

export const onlyIf: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  const m = PATTERN.exec(sentence);
  if (!m) return [];
  return [
    {
      cue: m[1].replace(/\s+/g, ' '),
      cueStart: m.index,
      cueEnd: m.index + m[1].length,
      type: 'condition',
      parser: 'onlyIf',
      role: 'speaker',
    },
  ];
}
