// A point of a deal written as a verbless line, the way news lists an agreement's terms: a headline
// infinitive ("Heavy weapons to be withdrawn, beginning on 16 February", "Ukraine to control its
// border with Russia", "Ceasefire to begin at midnight") or a nominal line ("Withdrawal of all foreign
// troops", "Amnesty for those involved in fighting"). A line with a finite verb ("Kerry wants to go",
// "Israel withdrew its troops", "the release of prisoners was delayed") is none: it is a sentence,
// read by the other parsers. Only read once the article has stated a deal (dealTerms.ts).

/** The subject of a headline infinitive: one to five words, none a verb or a function word. */
const HEADLINE = /^\s*((?:[\w'\u2019-]+\s+){1,5}?)(to\s+(?:be\s+)?[a-z]+)\b/;
const NOT_SUBJECT =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|did|does|do|said|says|wants?|needs?|plans?|hopes?|going|used|able|due|likely|set|expected|agreed|tried|decided|order|how|what|whether|when|who|which|that|this|in|on|at|for|with|from|by|as|we|he|she|they|it|i|you|there|not|also)$/i;
const NOMINAL =
  /^\s*(?:(?:An?|The)\s+)?(?:[A-Za-z-]+\s+){0,2}?(withdrawal|release|exchange|return|removal|lifting|disarmament|creation|establishment|restoration|resumption|introduction|amnesty|pullback|pull-back|handover|deployment|monitoring)\s+(?:of|for)\b/i;
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shall|did|does|said|says|told)\b/i;

/** The cue of a listed term and where it starts, or null when the line is no listed term. */
export function listedTerm(line: string): { cue: string; at: number } | null {
  // The line's own verbs: a condition it sets may have its own ('if conditions are met').
  if (FINITE.test(line.split(/\b(?:if|unless|once|when|after|until)\b/i)[0])) return null;
  const h = HEADLINE.exec(line);
  if (h && /^[A-Z]/.test(line.trimStart())) {
    const words = h[1].trim().split(/\s+/);
    const verbish = (w: string, i: number) => NOT_SUBJECT.test(w) || (i > 0 && /^[a-z]+(?:ed|ing)$/.test(w));
    if (!words.some(verbish)) return { cue: h[2], at: h.index + h[1].length + (h[0].length - h[0].trimStart().length) };
  }
  const n = NOMINAL.exec(line);
  if (n) return { cue: n[1], at: (n.index ?? 0) + n[0].indexOf(n[1]) };
  return null;
}
