// The clause of a sentence around a span: from the boundary before it to the boundary after it.
// Boundaries are punctuation and the words that open a new clause ("that", "which", "if"...), so
// that "said aid could move as early as Wednesday if the calm held" keeps "held" out of the
// Wednesday's clause.
const BOUNDARY =
  /[;:,.!?()\u2014\u2013"\u201c\u201d]|\s-{1,2}\s|\b(?:that|which|where|who|when|while|but|because|although|though|whereas|saying|adding|if|unless|whether)\b|\band(?=\s+(?:on|in|at|by|from|late|early|then)\b)/gi;

export interface Clause {
  before: string;
  after: string;
}

/**
 * A short aside in brackets ("starting at 0500 GMT (1.00 a.m. EDT) on Tuesday") bounds nothing:
 * its brackets read as spaces, so the words before it still govern a date that starts inside it.
 * The same length as the sentence, so offsets hold.
 */
const SHORT_ASIDE = /\(([^()]{1,30})\)/g;
const openAsides = (sentence: string) => sentence.replace(SHORT_ASIDE, (_, inner: string) => ` ${inner} `);

export function clauseAround(sentence: string, start: number, end: number): Clause {
  let from = 0;
  let to = sentence.length;
  for (const m of openAsides(sentence).matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { before: sentence.slice(from, start), after: sentence.slice(end, to) };
}
