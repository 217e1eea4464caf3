// A figure, then what happened to it: "at least 84 people were killed", "more than 280,000 dead",
// "12 civilians killed", "4.8 million refugees", "between 10 and 15 soldiers were wounded", and
// with an aside between the people and their fate, the verb then an auxiliary's: "at least 58
// people, including 13 children, were killed", "nearly 12 million people, half the pre-war
// population, have been forced from their homes" (the surface then ends with the people: the
// figure is what the row shows, and the aside may be long).
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

const AUX = '(?:\\s+(?:who|were|was|are|is|have|has|had|been|being|reportedly|also|all|allegedly|believed|feared|thought|to|now|so|far|confirmed))*';
/** After an aside, an auxiliary must follow: "3,000 soldiers, backed by jets, killed 20 rebels" is no figure of 3,000. */
const ASIDE = ',[^,;:.()]{2,80},(?=\\s+(?:who\\s+)?(?:were|was|are|is|have|has|had)\\b)';

export function numberThenKind(terms: KindTerms): (sentence: string) => Candidate[] {
  const pattern = new RegExp(`(?:(${QUALIFIER})\\s+)?(${AMOUNT})(?:\\s+(?:and|to|or)\\s+${AMOUNT})?(?:\\s+(${VICTIMS}))?(${ASIDE})?${AUX}\\s+(${terms.any})\\b`, 'gid');
  return (sentence) => [...sentence.matchAll(pattern)].flatMap((m) => {
    const figure = amountValue(m[2]);
    if (figure === null || (m[4] && !m[3])) return [];
    const start = m.index ?? 0;
    const end = m[4] ? m.indices![3]![1] : start + m[0].length;
    return [{ start, end, figure, qualifier: qualifierOf(m[1]), kind: terms.kindOf(m[5]), victims: m[3] ?? '', parser: 'numberThenKind' }];
  });
}
