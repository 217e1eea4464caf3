// A further term of a deal the same sentence states, in a clause of its own whose subject is a
// measure rather than an actor: "Major powers agreed to a truce, and aid deliveries will begin
// at once", "the two sides agreed to a ceasefire, with talks on a settlement starting next week".
// Read only by laterClauses (a clause after a row of agreement or plan in its sentence); the
// proposer is the deal's (proposers.ts). Not a term: a measure's past ("and aid deliveries were
// halted", "with fighting raging"), an actor subject (a cue of its own is the parsers'), or a
// subject that names no measure ("and the talks' venue will be Geneva" names one: talks).
import type { Candidate } from '../Candidate.ts';
import { isMeasureNoun } from '../../text/lexicon/measureNouns.ts';

const DET = String.raw`(?:(?:a|an|the|all|further|more|new|any)\s+)?`;
const SUBJECT = String.raw`((?:[\w'\u2019-]+\s+){0,4}?)`;
/** After ", and" / ";": a modal future or obligation; after ", with": an -ing verb of what is to come. */
const FUTURE = new RegExp(
  String.raw`^\s*${DET}${SUBJECT}(will|would|should|(?:is|are)\s+to)\s+(?!not\b|have\b|be\s+(?:held|seen)\b)(?:be\s+)?[a-z]+`,
  'i',
);
const COMING = new RegExp(
  String.raw`^\s*with\s+${DET}${SUBJECT}((?:starting|beginning|resuming|taking\s+effect|going\s+into\s+effect|due\s+to\s+(?:start|begin)|to\s+(?:start|begin|follow)))\b`,
  'i',
);

/** The term a clause [from, to) of `sentence` states, or undefined. `from` is just after its connective. */
export function termClause(sentence: string, from: number, to: number, connective: string): Candidate | undefined {
  const clause = sentence.slice(from, to);
  const m = (/with\s*$/i.test(connective) ? COMING : FUTURE).exec(
    /with\s*$/i.test(connective) ? `with ${clause}` : clause,
  );
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  if (!words.some(isMeasureNoun) || words.some((w) => /^[A-Z]/.test(w) && !isMeasureNoun(w))) return undefined;
  const shift = /with\s*$/i.test(connective) ? 5 : 0;
  const cueStart = from + m.index + m[0].lastIndexOf(m[2]) - shift;
  return {
    cue: m[2].replace(/\s+/g, ' '),
    cueStart,
    cueEnd: cueStart + m[2].length,
    type: 'plan',
    parser: 'termClause',
    role: 'deal',
    status: 'agreed',
    contentStart: from,
  };
}
