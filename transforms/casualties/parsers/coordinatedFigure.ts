// A figure that shares its fate with the next one: "at least 26 government soldiers and between 40
// and 50 IS fighters were killed", "12 soldiers and three civilians were wounded". The second
// figure is numberThenKind's; this parser reads the first, which has no verb of its own. The second
// may be one person ("about 20 civilians and a Red Crescent staff member were killed"): the first
// figure is then the only one. Headlines list them with a comma alone ("Five men, two women die in
// shooting").
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS, VICTIM_NOUN, ONE_PERSON } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

const AUX = '(?:\\s+(?:were|was|are|is|have|has|had|been|reportedly|also|all|believed|confirmed))*';

export function coordinatedFigure(terms: KindTerms): (sentence: string) => Candidate[] {
  const next = `(?:(?:${QUALIFIER}\\s+)?${AMOUNT}(?:\\s+(?:and|to|or)\\s+${AMOUNT})?\\s+${VICTIMS}|${ONE_PERSON})${AUX}\\s+(${terms.any})\\b`;
  const pattern = new RegExp(`(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})(?=(?:,?\\s+and|,)\\s+${next})`, 'gi');
  // A quick test first: people, then "and".
  const peopleAnd = new RegExp(`\\b${VICTIM_NOUN}(?:,?\\s+and\\s|,\\s)`, 'i');
  return (sentence) =>
    !peopleAnd.test(sentence)
      ? []
      : [...sentence.matchAll(pattern)].flatMap((m) => {
          const figure = amountValue(m[2]);
          const kind = terms.kindOf(m[4] ?? '');
          if (figure === null || !kind) return [];
          const start = m.index ?? 0;
          return [
            {
              start,
              end: start + m[0].length,
              figure,
              qualifier: qualifierOf(m[1]),
              kind,
              victims: m[3],
              parser: 'coordinatedFigure',
            },
          ];
        });
}
