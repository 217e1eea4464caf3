// A verb of harm, then the figure as its object: "killed at least 12 civilians", "has killed more
// than 250,000 people", "forced millions from their homes", "displaced 1.2 million". Without a
// people noun the figure must end its phrase ("killed 12 on Thursday"), so that "held 3 rounds of
// talks" is no figure. "critically injured one other" counts the one.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

const PHRASE_END =
  '(?=\\s*(?:[,.;:)\\u2014\\u2013]|$|\\s(?:in|on|at|across|since|during|and|when|after|as|over|near|including|before|last|this|yesterday|today)\\b))';

export function kindThenNumber(terms: KindTerms): (sentence: string) => Candidate[] {
  const pattern = new RegExp(
    `\\b(${terms.verbHeads})\\s+(?:an\\s+estimated\\s+|a\\s+total\\s+of\\s+|all\\s+)?(?:(${QUALIFIER})\\s+)?(${AMOUNT})(?:\\s+(?:and|to|or)\\s+${AMOUNT})?(?:\\s+(?:more|others|other(?:\\s+people)?))?(?:(?:\\s+(${VICTIMS}))?(?:\\s+(${terms.verbRests}))\\b|\\s+(${VICTIMS})|${PHRASE_END})`,
    'gi',
  );
  return (sentence) =>
    [...sentence.matchAll(pattern)].flatMap((m) => {
      const figure = amountValue(m[3]);
      if (figure === null) return [];
      const kind = terms.kindOf(m[5] ? `${m[1]} ${m[5]}` : m[1]);
      if (!kind) return [];
      const start = m.index ?? 0;
      return [
        {
          start,
          end: start + m[0].length,
          figure,
          qualifier: qualifierOf(m[2]),
          kind,
          victims: m[4] ?? m[6] ?? '',
          parser: 'kindThenNumber',
        },
      ];
    });
}
