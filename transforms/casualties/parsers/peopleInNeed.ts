// People counted by what they need: "some 13.5 million Syrians inside the country need
// humanitarian assistance", "4.6 million people require urgent aid", "an estimated 6 million
// children depend on aid". They are `affected`. The need must be aid, help or protection, so that
// "20 people need visas" is no figure. The surface is the figure and its people.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { Candidate } from '../Candidate.ts';

const NEED =
  '(?:still\\s+)?(?:need|needs|needed|require|requires|required|depend\\s+on|depends\\s+on|rely\\s+on|relies\\s+on|(?:are|were|is|was|remain)\\s+(?:still\\s+)?(?:in\\s+(?:urgent\\s+|dire\\s+)?need\\s+of|dependent\\s+on|reliant\\s+on))';
const AID =
  '(?:(?:urgent|immediate|emergency|some\\s+form\\s+of|some|life-saving|lifesaving|humanitarian|food|medical|international|outside)\\s+){0,3}(?:aid|assistance|help|protection|relief|support)\\b';
/** Words between the people and their need: "inside the country", "in Syria", "across the region". */
const ASIDE = '(?:\\s+(?:inside|in|across|within|throughout|around)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)?';

const PATTERN = new RegExp(`(?:(${QUALIFIER})\\s+)?(${AMOUNT})\\s+(${VICTIMS})${ASIDE},?\\s+${NEED}\\s+${AID}`, 'gid');

export function peopleInNeed(sentence: string): Candidate[] {
  if (!/\b(?:need|needs|needed|requires?|required|depend|depends|dependent|rely|relies|reliant)\b/i.test(sentence))
    return [];
  return [...sentence.matchAll(PATTERN)].flatMap((m) => {
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
        parser: 'peopleInNeed',
      },
    ];
  });
}
