// People on board a craft that was lost: "a plane with 239 people on board went missing", "the
// ferry, carrying 120 passengers, sank; 80 are missing" (the 80 is numberThenKind's), "all 66
// people aboard were killed". The figure takes the kind of the first codebook term of kind
// `missing` or `killed` after it in the sentence ("went missing", "were killed", "died"), so that
// "a flight with 180 passengers on board landed safely" is no figure.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

export function onBoard(terms: KindTerms): (sentence: string) => Candidate[] {
  const fate = `${terms.ofKind('missing')}|${terms.ofKind('killed')}`;
  const pattern = new RegExp(
    `(?:(?<=\\bcarrying\\s+)(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})|(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})\\s+(?:on\\s+board|aboard)\\b)(?=[^.;:!?]{0,80}?\\b(${fate})\\b)`,
    'gi',
  );
  return (sentence) =>
    !/\b(?:board|aboard|carrying)\b/i.test(sentence)
      ? []
      : [...sentence.matchAll(pattern)].flatMap((m) => {
          const figure = amountValue(m[2] ?? m[5]);
          const kind = terms.kindOf(m[7]);
          if (figure === null || !kind) return [];
          const start = m.index ?? 0;
          return [
            {
              start,
              end: start + m[0].length,
              figure,
              qualifier: qualifierOf(m[1] ?? m[4]),
              kind,
              victims: m[3] ?? m[6],
              parser: 'onBoard',
            },
          ];
        });
}
