// Lives taken, with the figure after "the lives of": "the war has claimed the lives of over 250,000
// people", "the blast took the lives of 12 children", "costing the lives of at least 30
// civilians". They are killed. ("claimed 250,000 lives" and "cost 250,000 lives" are
// numberThenKind's: the figure before the codebook term "lives".)
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { Candidate } from '../Candidate.ts';

const PATTERN = new RegExp(
  `\\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|t(?:ook|aken|akes|aking|ake)|end(?:ed|ing)?)\\s+the\\s+lives\\s+of\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})(?:\\s+(${VICTIMS}))?`,
  'gi',
);

export function livesOf(sentence: string): Candidate[] {
  if (!/\blives\s+of\b/i.test(sentence)) return [];
  return [...sentence.matchAll(PATTERN)].flatMap((m) => {
    const figure = amountValue(m[2]);
    if (figure === null) return [];
    const start = m.index ?? 0;
    return [
      {
        start,
        end: start + m[0].length,
        figure,
        qualifier: qualifierOf(m[1]),
        kind: 'killed',
        victims: m[3] ?? '',
        parser: 'livesOf',
      },
    ];
  });
}
