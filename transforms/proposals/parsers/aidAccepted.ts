// Offers of help accepted: "accepted aid from Spain,
// Britain and Qatar", "has accepted offers of assistance from four countries", "accepted the
// proposals of four nations to send search teams". The one who accepts is the proposer of the
// row (an accepted offer is told from the accepting side; the offer itself, "offered to send
// rescue teams", is the codebook cue "offered"). Accepting a result, a verdict or guilt ("accepted their
// guilt", "accepted defeat") is no proposal: only help, offers, proposals and invitations.
import type { Candidate, Parser } from '../Candidate.ts';
import { notStated } from '../notStated.ts';
import { withCues } from '../withCues.ts';

const HELP = String.raw`(?:aid|assistance|help|support|relief|donations?|rescue\s+teams?|teams|offers?|proposals?|requests?|(?:\w+\s+){0,2}(?:aid|assistance|help|offers?|proposals?))`;
const PATTERN = new RegExp(
  String.raw`\b(accept(?:s|ed|ing)?|welcom(?:es|ed|ing))\s+(?:(?:with\s+pleasure|gratefully)\s+)?(?:(?:an?|the|his|her|its|their|[A-Z][\w-]*['\u2019]s)\s+)?(?:offers?\s+(?:of|from|to)\b|${HELP}\s*(?:from|of|offered|by|to\b|[,.]|$))`,
  'gi',
);

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['accept accepts accepted accepting welcomes welcomed welcoming'];

export const aidAccepted: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    if (notStated(sentence, at)) continue;
    return [
      { cue: m[1], cueStart: at, cueEnd: at + m[1].length, type: 'offer', parser: 'aidAccepted', status: 'agreed' },
    ];
  }
  return [];
}
