// A fate as a noun, then its figure: "the death of more than 400,000 people", "the killing of 12
// protesters", "the detention of eight current and former officials", "the abduction of 30
// schoolgirls", "the disappearance of 43 students", "the loss of four of our friends". The kind is the noun's; the people noun is
// needed ("the death of 50 horses", "the arrest of 3 ships" are no figures).
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIM_NOUN } from '../victims.ts';
import type { Candidate } from '../Candidate.ts';

const KINDS: [RegExp, string][] = [
  [/^(?:deaths?|killings?|murders?|massacre|slaughter|loss)$/i, 'killed'],
  [/^(?:wounding|maiming|injuring)$/i, 'wounded'],
  [/^(?:detention|arrests?|abduction|kidnapping|imprisonment|jailing)$/i, 'detained'],
  [/^(?:disappearance)$/i, 'missing'],
  [/^(?:displacement|uprooting)$/i, 'displaced'],
];
const NOUN =
  'deaths?|killings?|murders?|massacre|slaughter|loss|wounding|maiming|injuring|detention|arrests?|abduction|kidnapping|imprisonment|jailing|disappearance|displacement|uprooting';

const PATTERN = new RegExp(
  `\\b(${NOUN})\\s+of\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+((?:[\\w-]+\\s+){0,4}?${VICTIM_NOUN})\\b`,
  'gi',
);

export function fateOf(sentence: string): Candidate[] {
  return [...sentence.matchAll(PATTERN)].flatMap((m) => {
    const figure = amountValue(m[3]);
    const kind = KINDS.find(([re]) => re.test(m[1]))?.[1];
    if (figure === null || !kind) return [];
    const start = m.index ?? 0;
    return [
      {
        start,
        end: start + m[0].length,
        figure,
        qualifier: qualifierOf(m[2]),
        kind,
        victims: m[4],
        parser: 'fateOf',
      },
    ];
  });
}
