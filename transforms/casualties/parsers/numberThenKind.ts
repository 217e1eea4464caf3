// A figure, then what happened to it: "at least 84 people were killed", "more than 280,000 dead",
// "12 civilians killed", "4.8 million refugees", "between 10 and 15 soldiers were wounded".
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

const AUX = '(?:\\s+(?:who|were|was|are|is|have|has|had|been|being|reportedly|also|all|allegedly|believed|feared|thought|to|now|so|far|confirmed))*';

export function numberThenKind(terms: KindTerms): (sentence: string) => Candidate[] {
  const pattern = new RegExp(`(?:(${QUALIFIER})\\s+)?(${AMOUNT})(?:\\s+(?:and|to|or)\\s+${AMOUNT})?(?:\\s+(${VICTIMS}))?${AUX}\\s+(${terms.any})\\b`, 'gi');
  return (sentence) => [...sentence.matchAll(pattern)].flatMap((m) => {
    const figure = amountValue(m[2]);
    if (figure === null) return [];
    const start = m.index ?? 0;
    return [{ start, end: start + m[0].length, figure, qualifier: qualifierOf(m[1]), kind: terms.kindOf(m[4]), victims: m[3] ?? '', parser: 'numberThenKind' }];
  });
}
