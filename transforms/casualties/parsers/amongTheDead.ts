// People counted among the casualties, with the kind as a noun: "five children were among the
// dead", "two journalists are among the wounded", "the dead included five children", "the injured
// include 12 rescue workers". The kind is the codebook term after "the" ("dead", "wounded",
// "injured"...), so that "three women among the speakers" is no figure.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';

const AUX = '(?:\\s+(?:were|was|are|is|also|reportedly|said\\s+to\\s+be|believed\\s+to\\s+be))*';

export function amongTheDead(terms: KindTerms): (sentence: string) => Candidate[] {
  const among = new RegExp(
    `(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})${AUX}\\s+among\\s+(?:the\\s+)?(${terms.any})\\b`,
    'gi',
  );
  const included = new RegExp(
    `\\b(?:the|those)\\s+(${terms.any})\\s+(?:include|included|includes|including|were|are)\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})`,
    'gi',
  );
  return (sentence) => {
    if (!/\b(?:among|include[sd]?|including|were|are)\b/i.test(sentence)) return [];
    const found: Candidate[] = [];
    for (const m of sentence.matchAll(among)) {
      const figure = amountValue(m[2]);
      const kind = terms.kindOf(m[4]);
      if (figure === null || !kind) continue;
      const start = m.index ?? 0;
      found.push({
        start,
        end: start + m[0].length,
        figure,
        qualifier: qualifierOf(m[1]),
        kind,
        victims: m[3],
        parser: 'amongTheDead',
      });
    }
    for (const m of sentence.matchAll(included)) {
      const figure = amountValue(m[3]);
      const kind = terms.kindOf(m[1]);
      if (figure === null || !kind) continue;
      const start = m.index ?? 0;
      found.push({
        start,
        end: start + m[0].length,
        figure,
        qualifier: qualifierOf(m[2]),
        kind,
        victims: m[4],
        parser: 'amongTheDead',
      });
    }
    return found;
  };
}
