// People counted by how they live: "some 275,000 people live there with little or no access to
// aid", "an estimated 250,000 people remain under siege in eastern Aleppo", "300,000 people living
// without water", "4.6 million people live in hard-to-reach areas" (the UN's term for places aid
// seldom reaches). They are `affected`. The condition must be a codebook term of that kind or a
// lack of what people live on, so that "80,000 people live in the city" is no figure. The surface
// is the figure and its people ("some 275,000 people"): the condition may run long.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

const LIVE = '(?:still\\s+)?(?:live|lives|living|remain|remains|remaining|are\\s+living|are\\s+stuck|are\\s+left)';
const LACK =
  '(?:without|with\\s+little\\s+or\\s+no|with\\s+no|with\\s+little|short\\s+of|cut\\s+off\\s+from)\\s+(?:(?:[a-z]+\\s+)?(?:access\\s+to\\s+)?(?:aid|food|water|medicine|medical\\s+care|electricity|shelter|fuel|help)|access)\\b|hard[\\s-]to[\\s-]reach\\b';

export function peopleLivingWithout(terms: KindTerms): (sentence: string) => Candidate[] {
  const condition = `(?:${terms.ofKind('affected')}|${LACK})`;
  const pattern = new RegExp(
    `(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})\\s+${LIVE}\\b[^.;:,]{0,50}?\\b${condition}`,
    'gid',
  );
  const live = new RegExp(`\\b${LIVE}\\b`, 'i');
  return (sentence) =>
    !live.test(sentence)
      ? []
      : [...sentence.matchAll(pattern)].flatMap((m) => {
          const figure = amountValue(m[2]);
          if (figure === null) return [];
          const start = m.index ?? 0;
          return [
            {
              start,
              end: m.indices![3]![1],
              figure,
              qualifier: qualifierOf(m[1]),
              kind: 'affected',
              victims: m[3],
              parser: 'peopleLivingWithout',
            },
          ];
        });
}
