// A figure, then what happened to it: "at least 84 people were killed", "more than 280,000 dead",
// "12 civilians killed", "4.8 million refugees", "between 10 and 15 soldiers were wounded", and
// with an aside between the people and their fate, the verb then an auxiliary's: "at least 58
// people, including 13 children, were killed", "nearly 12 million people, half the pre-war
// population, have been forced from their homes" (the surface then ends with the people: the
// figure is what the row shows, and the aside may be long). A demonym may stand before a term that
// names people ("4.8 million Syrian refugees"). "more" may follow the amount ("dozens
// more were wounded"). A term used as an adjective counts the noun after it: "five wounded
// soldiers" are people, "18 besieged towns" no figure (attributiveTerm.ts). "10,000 or more people
// may be missing" is at least 10,000; "hundreds of thousands of deaths" counts its vague amount;
// "four people were shot and killed", "600 residents left homeless". A figure a toll went past
// ("crossed 2,800 dead") is more than it.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf, wentPast } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { KindTerms } from '../kindTerms.ts';
import type { Candidate } from '../Candidate.ts';
import { afterTerm } from '../attributiveTerm.ts';

const AUX =
  '(?:\\s+(?:who|were|was|are|is|have|has|had|been|being|reportedly|also|all|allegedly|believed|feared|thought|estimated|to|now|so|far|confirmed|remain|remains|remained|still|reported|may|might|could|be|likely|presumed|declared|listed|left))*';
/** How a fate came, between the auxiliary and the term: "four people were shot and killed". */
const MANNER = '(?:\\s+(?:shot|stabbed|beaten|hacked|burned|crushed|gunned\\s+down)\\s+(?:and|or))?';
/** After an aside, an auxiliary must follow: "3,000 soldiers, backed by jets, killed 20 rebels" is no figure of 3,000. */
const ASIDE = ',[^,;:.()]{2,80},(?=\\s+(?:who\\s+)?(?:were|was|are|is|have|has|had)\\b)';

/** The start of a verb's object: "held talks", "killed the gunman", "held 3 rounds". */
const OBJECT = new RegExp(
  `^\\s+(?:(?:a|an|the|talks|meetings?|rall(?:y|ies)|their|his|her|its|our|him|them)\\b|${AMOUNT})`,
  'i',
);

export function numberThenKind(terms: KindTerms): (sentence: string) => Candidate[] {
  const pattern = new RegExp(
    `(?:(${QUALIFIER})\\s+)?(${AMOUNT})(?:\\s+(?:and|to|or)\\s+${AMOUNT})?(?<orMore>\\s+or\\s+more)?(?:\\s+more)?(?:\\s+(?<demonym>[A-Z][a-z]+(?:an|i|ese|ish|ch))(?=\\s+(?:${terms.any})\\b))?(?:\\s+(?<victims>${VICTIMS}))?(?<of>\\s+of)?(?<aside>${ASIDE})?${AUX}${MANNER}\\s+(?<term>${terms.any})\\b`,
    'gid',
  );
  return (sentence) =>
    [...sentence.matchAll(pattern)].flatMap((m) => {
      const g = m.groups ?? {};
      const figure = amountValue(m[2]);
      if (figure === null || (g.aside && !g.victims)) return [];
      // "thousands of deaths": "of" after a vague amount only ("12 of dead" is no English).
      // Not lives: "saved thousands of lives" is no toll.
      if (g.of && (g.victims || !/s$/i.test(m[2]) || /^lives$/i.test(g.term))) return [];
      // The pattern ignores case; a demonym does not ("held 3 rounds" is no "3 Rounds").
      if (g.demonym && !/^[A-Z]/.test(g.demonym)) return [];
      const start = m.index ?? 0;
      const end = g.aside ? m.indices!.groups!.victims![1] : start + m[0].length;
      const after = g.victims ? null : afterTerm(sentence.slice(start + m[0].length));
      if (after?.thing) return [];
      // With no auxiliary, a term with an object is a verb of the people, not their fate: "20
      // officials held talks", "two soldiers killed the gunman".
      const bare =
        g.victims && /^\s*$/.test(sentence.slice(m.indices!.groups!.victims![1], m.indices!.groups!.term![0]));
      if (bare && OBJECT.test(sentence.slice(start + m[0].length))) return [];
      return [
        {
          start,
          end,
          figure,
          qualifier:
            !m[1] && g.orMore
              ? 'at least'
              : !m[1] && wentPast(sentence.slice(0, start))
                ? 'more than'
                : qualifierOf(m[1]),
          kind: terms.kindOf(g.term),
          victims: g.victims ?? after?.people ?? '',
          parser: 'numberThenKind',
        },
      ];
    });
}
