// Whether a sentence states that a deal was struck ("The United States and Russia have agreed a
// plan", "the deal struck in Geneva", "a ceasefire brokered by..."): later sentences of the
// article may then list its terms (a resolution adopted or a truce agreed counts too) without naming it again, and their proposer is its parties.
const STRUCK =
  /\b(?:agreed|struck|strike|reached|sealed|clinched|signed|announced|brokered|hammered\s+out)\b[^.;]{0,40}?\b(?:deal|agreement|accord|plan|truce|ceasefire|cease-fire)\b|\b(?:deal|agreement|accord|truce|ceasefire|cease-fire)\s+(?:was\s+|were\s+)?(?:struck|reached|agreed|brokered|signed|sealed)\b|\b(?:adopted|passed|approved|endorsed)\s+(?:[\w-]+\s+){0,3}?(?:resolution|declaration|communiqu[eé])\b|\bagreed\s+(?:[\w-]+\s+){0,4}?to\s+(?:an?\s+|the\s+)?(?:[\w"'“-]+\s+){0,2}?(?:cessation|truce|ceasefire|cease-fire)\b/i;
const FAILED = /\b(?:fail(?:ed|s)?\s+to|no\s+(?:deal|agreement)|without\s+(?:a\s+)?(?:deal|agreement)|collapsed)\b/i;

export function statesDeal(sentence: string): boolean {
  return STRUCK.test(sentence) && !FAILED.test(sentence);
}
