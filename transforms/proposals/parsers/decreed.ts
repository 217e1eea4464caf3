// Orders and decrees: "the king declared three days of national mourning", "ordered flags flown
// at half-staff", "ordered that flags be lowered", "has ordered the arrest of eight officials",
// "ordered an investigation into", "declared a state of emergency", "the city has been declared a
// disaster zone", "said Sunday would be a day of mourning". Who decrees is the clause's subject,
// or for a decree in the passive the one who reports it. A fact about orders ("was ordered held
// without bond": a court's ruling on a suspect; "ordered pizza") is not one: only orders about
// measures, inquiries, arrests, flags, mourning, evacuations and emergencies.
import type { Candidate, Parser } from '../Candidate.ts';
import { notStated } from '../notStated.ts';
import { withCues } from '../withCues.ts';

const MEASURE = String.raw`(?:the\s+|an?\s+|all\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:arrests?|detention|investigations?|inquiry|inquiries|probe|evacuations?|flags?|closure|curfew|lockdown|mobili[sz]ation|deployment|mourning|emergency|disaster\s+(?:zone|area)|release|withdrawal|ceasefire|halt|suspension|audit|review|measures|help|aid|relief)`;
const ORDERED = new RegExp(
  String.raw`\b(order(?:s|ed)?|decree[sd]?|declar(?:es|ed|ing)|announc(?:es|ed)|proclaim(?:s|ed))\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:(?:three|two|seven|one|\d+|a)[\s-]+(?:days?|weeks?)\s+of\s+(?:national\s+)?mourning|${MEASURE}\b|\w+\s+(?:a\s+)?(?:disaster\s+(?:zone|area)|state\s+of\s+emergency))`,
  'gi',
);
const PASSIVE =
  /\b((?:has|have|had|was|were)\s+been\s+declared|(?:will|would)\s+be)\s+(?:an?\s+)?(?:(?:national|official)\s+)?(?:disaster\s+(?:zone|area)|day\s+of\s+(?:national\s+)?mourning|state\s+of\s+emergency)\b/gi;
// "was ordered held without bond", "were ordered to leave": an order on the subject, told as a fact.
const ORDERED_ON_SUBJECT = /\b(?:was|were|is|are|been|being)\s+$/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'order orders ordered decree decrees decreed declares declared declaring announces announced proclaim ' +
    'proclaims proclaimed disaster mourning emergency',
];

export const decreed: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  for (const m of sentence.matchAll(ORDERED)) {
    const at = m.index ?? 0;
    if (ORDERED_ON_SUBJECT.test(sentence.slice(Math.max(0, at - 12), at))) continue;
    if (notStated(sentence, at)) continue;
    return [{ cue: m[1], cueStart: at, cueEnd: at + m[1].length, type: 'plan', parser: 'decreed' }];
  }
  for (const m of sentence.matchAll(PASSIVE)) {
    const at = m.index ?? 0;
    if (notStated(sentence, at)) continue;
    // The decree's subject: after the verb of saying when there is one ("He said March 24 would be").
    const clause = sentence.slice(0, at).search(/[^,;:]*$/);
    const said = /\b(?:said|says|announced|added|confirmed)\s+(?:that\s+)?(?=[^]*$)/gi;
    let subject = clause;
    for (const s of sentence.slice(0, at).matchAll(said))
      if ((s.index ?? 0) >= clause) subject = (s.index ?? 0) + s[0].length;
    return [
      {
        cue: m[1],
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'plan',
        parser: 'decreed',
        role: 'speaker',
        contentStart: subject,
      },
    ];
  }
  return [];
}
