// Whether the clause after "suggested", "agreed that", "hoped" is a claim about what happened or
// is the case ("the ministry suggested the cargo had caught fire", "agreed that the attack was a
// war crime") rather than an action to be taken ("suggested the talks resume in Geneva",
// "suggested a three-day pause", "agreed that a ceasefire should take effect"). A claim has a
// finite verb of fact (had, was, is, did, a past form after a subject) and no modal or bare verb
// of what should happen.
const CLAUSE_END = /[,;:.!?]|\s+(?:and|but)\s+(?=[a-z]+\s+(?:said|says|added|denied)\b)/;
const MODAL = /\b(?:should|must|would|will|could|can|shall|ought\s+to|needs?\s+to|be)\b/i;
const FACT = /\b(?:had|has|was|were|is|are|did|does|have\s+(?:been|[a-z]+ed|[a-z]+en))\b/i;
// "may have been hit": a guess about the past, not what should happen.
const PERFECT_MODAL = /\b(?:may|might|could|must|would|should)\s+(?:not\s+)?have\s+[a-z]+(?:ed|en|ght|ck|t)\b/i;
// A subject then a past form: "the cargo caught fire", "rebels shelled the convoy"; not a
// participle that qualifies a noun ("a pause backed by the UN", "a zone designed to protect",
// "a demilitarised zone").
const PAST = /^(?:[a-z]{3,}ed|caught|hit|struck|began|came|went|took|started|fell|shot|blew)$/i;
const DETERMINER = /^(?:that|a|an|the|its|their|his|her|this|these|those|any|some|all|joint|new)$/i;
const QUALIFIES = /^(?:by|to|for|with|in|on|at|from|under)$/i;

function pastAfterSubject(clause: string): boolean {
  const words = clause.trim().split(/\s+/).slice(0, 7);
  for (let i = 1; i < words.length; i++) {
    if (!PAST.test(words[i]) || DETERMINER.test(words[i - 1]) || /^that$/i.test(words[i - 1])) continue;
    if (QUALIFIES.test(words[i + 1] ?? '')) continue;
    return !DETERMINER.test(words[0]) || i >= 2;
  }
  return false;
}

export function statesClaim(after: string): boolean {
  const clause = after.split(CLAUSE_END)[0] ?? after;
  if (PERFECT_MODAL.test(clause)) return true;
  if (MODAL.test(clause)) return false;
  return FACT.test(clause) || pastAfterSubject(clause);
}
