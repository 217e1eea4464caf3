// A toll and its figure: "the death toll rose to 84", "a toll of at least 30 dead", "the toll
// stands at more than 280,000", "the number of dead rose to 54"; and a toll that something else
// moves: "brought the death toll to 54", "raising the toll from the attack to at least 61"; a
// number someone gives: "officials put the number at 133" (in a sentence that speaks of a toll or
// of deaths). What the toll is of may run long ("the death toll from a rare, strong earthquake that
// struck central Morocco has risen to 632"). A toll that crossed or topped a figure is more than it.
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import type { Candidate } from '../Candidate.ts';

const VERB =
  '(?:rose|rises|risen|rising|climbed|climbs|climbing|reached|reaches|reaching|jumped|jumps|soared|soars|stands|stood|hit|hits|increased|increases|crossed|crosses|topped|tops|passed|passes|exceeded|exceeds|surpassed|surpasses)(?:\\s+(?:to|at))?';
/** Verbs of a toll that went past its figure: the figure is then a floor. */
const PAST = /^(?:crossed|crosses|topped|tops|passed|passes|exceeded|exceeds|surpassed|surpasses)\b/i;

const PATTERN = new RegExp(
  `\\b(?:(?:death\\s+)?toll|number\\s+of\\s+(?:dead|deaths|people\\s+killed|fatalities))\\b(?:\\s+(?:has|had|have|now|also|since|(?:from|in|of)\\s+[^;:!?]{1,90}?))*\\s+(${VERB}|is|was|of|at)(?:\\s+(?:to|at))?\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})`,
  'gid',
);

const PUT = new RegExp(
  `\\bput(?:s|ting)?\\s+the\\s+(?:death\\s+toll|toll|number|figure)\\s+at\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})`,
  'gi',
);

const MOVED = new RegExp(
  `\\b(?:br(?:ought|ing|ings|inging)|rais(?:ed|es|ing|e)|push(?:ed|es|ing)?|t(?:ook|aking|akes))\\s+(?:the\\s+)?(?:overall\\s+|total\\s+)?(?:death\\s+)?toll(?:\\s+(?:from|in|of)\\s+[^,.;]{1,40}?)?\\s+(?:to|at)\\s+(?:(${QUALIFIER})\\s+)?(${AMOUNT})`,
  'gi',
);

/** Where the surface starts: at the verb and its auxiliaries ("has risen to 632") when what the
 *  toll is of stands between ("the death toll from a rare, strong earthquake that struck ..."). */
function verbStart(sentence: string, m: RegExpMatchArray): number {
  const start = m.index ?? 0;
  if (/^(?:of|at)$/i.test(m[1])) return start;
  if (!/^\S+(?:\s+toll)?\s+(?:(?:has|had|have|now|also|since)\s+)*(?:from|in|of)\s/i.test(m[0])) return start;
  const before = sentence.slice(start, m.indices![1]![0]);
  const aux = /(?:\b(?:has|had|have|now|also)\s+)*$/i.exec(before);
  return start + (aux?.index ?? before.length);
}

export function deathToll(sentence: string): Candidate[] {
  if (!/\b(?:toll|number|figure)\b/i.test(sentence)) return [];
  const put = /\b(?:toll|dead|deaths|killed|died)\b/i.test(sentence) ? [...sentence.matchAll(PUT)] : [];
  const read = (
    m: RegExpMatchArray,
    qualifier: string | undefined,
    amount: string,
    past = false,
    from = m.index ?? 0,
  ): Candidate[] => {
    const figure = amountValue(amount);
    if (figure === null) return [];
    return [
      {
        start: from,
        end: (m.index ?? 0) + m[0].length,
        figure,
        qualifier: !qualifier && past ? 'more than' : qualifierOf(qualifier),
        kind: 'killed',
        victims: '',
        parser: 'deathToll',
      },
    ];
  };
  return [
    ...[...sentence.matchAll(PATTERN)].flatMap((m) => read(m, m[2], m[3], PAST.test(m[1]), verbStart(sentence, m))),
    ...[...sentence.matchAll(MOVED), ...put].flatMap((m) => read(m, m[1], m[2])),
  ];
}
