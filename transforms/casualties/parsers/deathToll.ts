// A toll and its figure: "the death toll rose to 84", "a toll of at least 30 dead", "the toll
// stands at more than 280,000", "the number of dead rose to 54"; and a toll that something else
// moves: "brought the death toll to 54", "raising the toll from the attack to at least 61".
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import type { Candidate } from '../Candidate.ts';

const PATTERN = new RegExp(
  `\\b(?:(?:death\\s+)?toll|number\\s+of\\s+(?:dead|deaths|people\\s+killed|fatalities))\\b(?:\\s+(?:has|had|have|now|also|since|from\\s+[^,.;]{1,30}?))*\\s+(?:rose|risen|climbed|reached|jumped|soared|stands|stood|is|was|hit|of|at)(?:\\s+(?:to|at))?\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})`,
  'gi',
);

const MOVED = new RegExp(
  `\\b(?:br(?:ought|ing|ings|inging)|rais(?:ed|es|ing|e)|push(?:ed|es|ing)?|t(?:ook|aking|akes))\\s+(?:the\\s+)?(?:overall\\s+|total\\s+)?(?:death\\s+)?toll(?:\\s+(?:from|in|of)\\s+[^,.;]{1,40}?)?\\s+(?:to|at)\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})`,
  'gi',
);

export function deathToll(sentence: string): Candidate[] {
  if (!/\b(?:toll|number)\b/i.test(sentence)) return [];
  return [...sentence.matchAll(PATTERN), ...sentence.matchAll(MOVED)].flatMap((m) => {
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
        victims: '',
        parser: 'deathToll',
      },
    ];
  });
}
