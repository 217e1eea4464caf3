// A demand that a leader go, in the phrasings news uses for it: "Assad must go", "Assad must
// step down", "Assad could not be part of Syria's long-term future", "can have no role in a
// transition". The one who must go is the addressee; the proposer is who holds the view.
import type { Candidate, Parser } from '../Candidate.ts';
import { clauseStart } from '../clauseStart.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b((?:must|should|has\s+to|had\s+to|needs?\s+to|would\s+have\s+to)\s+(?:go|step\s+(?:down|aside)|leave\s+(?:power|office)|resign|be\s+removed|quit)|(?:can(?:not|['\u2019]t)|could\s+not|must\s+not|should\s+not|will\s+not|would\s+not)\s+(?:be\s+part\s+of|have\s+(?:a|any)\s+(?:role|place)\s+in|play\s+(?:a|any)\s+role\s+in|remain\s+in\s+power)|can\s+have\s+no\s+(?:role|place|future)\s+in)\b/i;

const MODAL = /\b(?:must|should|has|had|needs?|would|can(?:not)?|could|will|can['\u2019]t)\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'must should has had need needs would cannot can could will',
  'go step leave resign removed quit part role place remain future',
];

export const mustGo: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  if (!MODAL.test(sentence)) return [];
  const m = PATTERN.exec(sentence);
  if (!m) return [];
  return [
    {
      cue: m[1].replace(/\s+/g, ' '),
      cueStart: m.index,
      cueEnd: m.index + m[1].length,
      type: 'demand',
      parser: 'mustGo',
      role: 'speaker',
      contentStart: clauseStart(sentence, m.index),
    },
  ];
}
