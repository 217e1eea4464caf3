// Whether a row says its proposal is one of several of its kind: "a new ceasefire", "a fresh
// truce", "another round of talks", "the renewed proposal". Such a row reports a later proposal
// than the one an earlier event's rows state in the same words ("Israel has accepted a new Gaza
// ceasefire proposed by Egypt" six days after the first 72-hour truce), so sameProposalKeys.ts never
// gives it the key of a group from another event. "Previous", "earlier", "second" and "last" are
// left out: they look back at the earlier one or count rounds of one event ("the second day of
// the truce"). Only nouns of what recurs in a conflict's diplomacy (truces, talks, plans): "a new
// constitution" or "a new government" is what is proposed, not a second proposal of one kind.

/** A determiner and the marker, or "another"; then the noun, or one word and the noun ("a new Gaza
 *  ceasefire", "a new, 72-hour truce"). */
const MARKER = /\b(?:(?:a|an|the)\s+(?:new|fresh|renewed)|another)((?:[\s,]+[\w-]+){1,2})/gi;
const RECURRING =
  /^(?:cease-?fires?|truces?|pauses?|lulls?|talks|negotiations|rounds?|proposals?|plans?|deals?|agreements?|initiatives?|offers?|accords?)$/i;

export function renewedProposal(text: string): boolean {
  for (const m of text.matchAll(MARKER)) {
    const words = m[1].split(/[\s,]+/).filter(Boolean);
    if (words.some((w) => RECURRING.test(w))) return true;
  }
  return false;
}
