// People taken hostage, who are `detained`: "took about 800 people hostage", "holding 40
// passengers hostage", "seized hundreds of hostages", "taking 12 hostages". A number of hostages
// freed or killed is the codebook terms' ("129 hostages died").
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { Candidate } from '../Candidate.ts';

const TAKE = '(?:t(?:ook|aken|aking|akes?)|h(?:eld|olding|olds?)|seiz(?:ed|ing|es?)|captur(?:ed|ing|es?))';

const PATTERN = new RegExp(
  `\\b${TAKE}\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(?:(${VICTIMS})\\s+(?:as\\s+)?hostage\\b|(?:of\\s+)?hostages\\b)`,
  'gi',
);

export function hostagesTaken(sentence: string): Candidate[] {
  if (!/\bhostages?\b/i.test(sentence)) return [];
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
        kind: 'detained',
        victims: m[3] ?? 'hostages',
        parser: 'hostagesTaken',
      },
    ];
  });
}
