// Whether a sentence states that a deal was struck ("The United States and Russia have agreed a
// plan", "the deal struck in Geneva", "a ceasefire brokered by..."): later sentences of the
// article may then list its terms (a resolution adopted or a truce agreed counts too) without naming it again, and their proposer is its parties.
import { wordSet, type WordSet } from '../../text/wordSet.ts';

const STRUCK =
  /\b(?:agreed|struck|strike|reached|sealed|clinched|signed|announced|brokered|hammered\s+out)\b[^.;]{0,40}?\b(?:deal|agreement|accord|plan|truce|ceasefire|cease-fire)\b|\b(?:deal|agreement|accord|truce|ceasefire|cease-fire)\s+(?:was\s+|were\s+)?(?:struck|reached|agreed|brokered|signed|sealed)\b|\b(?:adopted|passed|approved|endorsed)\s+(?:[\w-]+\s+){0,3}?(?:resolution|declaration|communiqu[eé])\b|\bagree(?:d|s|ing)?\s+(?:on|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|truce|ceasefire|cease-fire)\b|\bagreed\s+(?:[\w-]+\s+){0,4}?to\s+(?:an?\s+|the\s+)?(?:[\w"'“-]+\s+){0,2}?(?:cessation|truce|ceasefire|cease-fire)\b/i;
const FAILED = /\b(?:fail(?:ed|s)?\s+to|no\s+(?:deal|agreement)|without\s+(?:a\s+)?(?:deal|agreement)|collapsed)\b/i;

/** Words STRUCK cannot match without, one of them (transforms/text/wordSet.ts): the first word of each of its phrasings. */
const CUES = new Set(
  (
    'agree agrees agreeing agreed struck strike reached sealed clinched signed announced brokered hammered ' +
    'deal agreement accord truce ceasefire cease adopted passed approved endorsed'
  ).split(' '),
);

/** `words`, the sentence's word set when the caller has it, spares reading a sentence with no cue. */
export function statesDeal(sentence: string, words: WordSet = wordSet(sentence)): boolean {
  for (const w of CUES) if (words.has(w)) return STRUCK.test(sentence) && !FAILED.test(sentence);
  return false;
}
