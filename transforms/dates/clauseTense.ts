// The tense and modality of the clause around a span, for expressions whose place on the calendar
// depends on it: a bare weekday or month is the last one when the verb looks back ("was killed on
// Friday", "brokered in February") and the next one when it looks forward ("will meet on Friday",
// "want to hold talks on Friday", "a target date of August").
export type Tense = 'past' | 'future';

// Where a clause ends: punctuation, and the words that open a new clause.
const BOUNDARY = /[;:,.!?()\u2014\u2013"\u201c\u201d]|\s-{1,2}\s|\b(?:that|which|where|who|when|while|but|because|although|though|whereas|saying|adding)\b|\band(?=\s+(?:on|in|at|by|from|late|early|then)\b)/gi;

// Looking forward: a modal passive ("would be held", its participle no past), modal and future
// auxiliaries, "was to", "is due to", "wants to", "plans to"...
const FUTURE = /\b(?:will|would|should|could|might|must|shall|to|['\u2019]ll)\s+(?:not\s+)?(?:be|have)\s+(?:been\s+)?[a-z]+\b|\b(?:will|won['\u2019]t|shall|would|wouldn['\u2019]?t|should|must|could|might|is|are|was|were|be|been)\s+(?:(?:also|still|now|not|then)\s+)?(?:due|set|scheduled|slated|expected|going|planned|poised|likely|to)\b|\b(?:will|won['\u2019]t|shall|would|wouldn['\u2019]?t|should|shouldn['\u2019]?t|must|['\u2019]ll)\b|\b(?:wants?|wanted|plans?|planned|hopes?|hoped|aims?|intends?|intended|agreed|agrees|promised|vowed|expects?|expected|prepared|ready)\s+to\b|\b(?:target|deadline|next|upcoming|coming|forthcoming)\b|\bby(?=\s+\S+$)/gi;

// Looking back: "said", "was", "had", regular past forms, "ago", "last".
const PAST_WORDS = 'said|told|was|were|had|did|met|held|flew|went|came|began|begun|left|made|took|taken|saw|seen|gave|given|spoke|spoken|broke|broken|fell|fallen|rose|won|lost|sent|brought|bought|caught|fought|thought|found|struck|hit|shot|led|fled|held|kept|became|ran|sat|stood|wrote|written|drove|chose|got|put|set|ended|last|ago|earlier|previous|since';
const PAST = new RegExp(`\\b(?:${PAST_WORDS})\\b|\\b[a-z]{3,}ed\\b`, 'gi');
// "-ed" words that are not verbs in the past, or that look forward.
const NOT_PAST = /^(?:need|indeed|based|speed|red|bed|hundred|proposed|planned|scheduled|expected|intended|wanted|agreed|hoped|prepared|united|limited|concerned|related|armed|alleged|so-called|called)$/i;

/** The clause of `sentence` around [start, end): from the boundary before to the boundary after. */
export function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) { to = at; break; }
  }
  return { before: sentence.slice(from, start), after: sentence.slice(end, to) };
}

/**
 * Past or future by the cue nearest to the span in its clause, else in its sentence ("On Thursday
 * alone, six bombers flew..."); null when neither has one.
 */
export function clauseTense(sentence: string, start: number, end: number): Tense | null {
  return nearestCue(clauseAround(sentence, start, end)) ?? nearestCue({ before: sentence.slice(0, start), after: sentence.slice(end) });
}

function nearestCue({ before, after }: { before: string; after: string }): Tense | null {
  let best: { distance: number; tense: Tense } | null = null;
  const consider = (text: string, tense: Tense, pattern: RegExp, fromEnd: boolean) => {
    for (const m of text.matchAll(pattern)) {
      if (tense === 'past' && NOT_PAST.test(m[0])) continue;
      const at = m.index ?? 0;
      const distance = fromEnd ? text.length - at - m[0].length : at;
      // A future cue wins a tie: "was to hold" holds both "was" and "was to".
      if (!best || distance < best.distance || (distance === best.distance && tense === 'future')) best = { distance, tense };
    }
  };
  consider(before, 'past', PAST, true);
  consider(before, 'future', FUTURE, true);
  consider(after, 'past', PAST, false);
  consider(after, 'future', FUTURE, false);
  return best ? (best as { tense: Tense }).tense : null;
}
