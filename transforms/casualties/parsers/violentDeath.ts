// A killing told by its manner: "shot dead 10 people", "gunned down five worshippers", "stabbed
// to death three tourists", "shooting seven people to death", "beat two prisoners to death". They
// are killed. A manner with no death in it ("shot down two drones", "shot three people") is left to
// the codebook's terms.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { Candidate } from '../Candidate.ts';

const MANNER =
  '(?:shot|shoots?|shooting|stabb(?:ed|ing)|stabs?|beat(?:s|en|ing)?|hack(?:ed|ing|s)?|burn(?:ed|t|ing|s)?)';
const END = '(?=\\s*(?:[,.;:)\\u2014\\u2013]|$|\\s(?:in|on|at|and|near|during|after|before|when|inside)\\b))';
/** "shot dead 10 people", "gunned down five worshippers": the death before the figure. */
const BEFORE = new RegExp(
  `\\b(?:${MANNER}\\s+(?:dead|to\\s+death)|gunn(?:ed|ing)\\s+down|mow(?:ed|ing)\\s+down)\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})(?:\\s+(${VICTIMS})|${END})`,
  'gi',
);
/** "shooting seven people to death": the death after the people. */
const AFTER = new RegExp(`\\b${MANNER}\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})\\s+to\\s+death\\b`, 'gi');

export function violentDeath(sentence: string): Candidate[] {
  if (!/\b(?:dead|death|down)\b/i.test(sentence)) return [];
  return [...sentence.matchAll(BEFORE), ...sentence.matchAll(AFTER)].flatMap((m) => {
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
        parser: 'violentDeath',
      },
    ];
  });
}
