// A toll and its figure: "the death toll rose to 84", "a toll of at least 30 dead", "the toll
// stands at more than 280,000".
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import type { Candidate } from '../Candidate.ts';

const PATTERN = new RegExp(`\\b(?:death\\s+)?toll\\b(?:\\s+(?:has|had|have|now|also|since|from\\s+[^,.;]{1,30}?))*\\s+(?:rose|risen|climbed|reached|jumped|soared|stands|stood|is|was|hit|of|at)(?:\\s+(?:to|at))?\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})`, 'gi');

export function deathToll(sentence: string): Candidate[] {
  return [...sentence.matchAll(PATTERN)].flatMap((m) => {
    const figure = amountValue(m[2]);
    if (figure === null) return [];
    const start = m.index ?? 0;
    return [{ start, end: start + m[0].length, figure, qualifier: qualifierOf(m[1]), kind: 'killed', victims: '', parser: 'deathToll' }];
  });
}
