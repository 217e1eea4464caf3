// The second figure a verb of harm takes: "have also killed 64 Israeli soldiers and three
// civilians", "wounded 12 police officers and 30 protesters". kindThenNumber reads the first object;
// this reads the one after "and", whose fate is the same verb's. Both objects need a people noun, so
// "killed 12 people and injured 30" (a verb of its own: numberThenKind's and kindThenNumber's) and
// "killed 64 soldiers and three days later" are not read here.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

export function secondObject(terms: KindTerms): (sentence: string) => Candidate[] {
  const pattern = new RegExp(
    `\\b(${terms.verbHeads})\\s+(?:(?:${QUALIFIER})\\s+)?${AMOUNT}\\s+${VICTIMS},?\\s+and\\s+((?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS}))`,
    'gi',
  );
  return (sentence) =>
    [...sentence.matchAll(pattern)].flatMap((m) => {
      const figure = amountValue(m[4]);
      const kind = terms.kindOf(m[1]);
      if (figure === null || !kind) return [];
      const end = (m.index ?? 0) + m[0].length;
      return [
        {
          start: end - m[2].length,
          end,
          figure,
          qualifier: qualifierOf(m[3]),
          kind,
          victims: m[5],
          parser: 'secondObject',
        },
      ];
    });
}
