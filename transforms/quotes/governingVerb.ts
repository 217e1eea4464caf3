// The reporting verb that governs a quote inside reported speech. In "Peskov said Washington,
// which had promised to rein in the rebels, had "failed to deliver"" or "Peskov said that Russia
// had warned it would "respond"", the speech verb nearest the quote (promised, warned) sits inside
// the clause that "said" reports: the words are Peskov's, as the reporter gives them. Walking back
// from the nearest speech verb, an earlier verb that takes a reported clause governs it unless a
// new main clause starts between them (", but Lavrov said", "; Kerry said") or the earlier verb
// is itself in a relative clause ("Kerry, whom Lavrov had accused of bad faith, said").
import { speechLemma, CLAUSE_VERBS, FINITE_CLAUSE_FORMS } from '../text/lexicon/speechVerbs.ts';
import type { Word } from '../text/words.ts';

/** Words that start a new clause after a comma: its verb is no longer inside the one before. */
const NEW_CLAUSE = /[;:]|,\s*(?:and|but|while|whereas|although|though|yet|or|so)\s|["\u201c\u201d]/;
const RELATIVE_SUBJECT = /(?:^|,)\s*(?:who|whom|which|whose|that)\b[^,]*$/;

/**
 * Index in `words` of the verb that governs the speech verb at `v`: `v` itself, or an earlier
 * finite clause-taking speech verb of the same clause (words before `clauseFrom` are not looked at).
 */
export function governingVerb(text: string, words: Word[], v: number, clauseFrom: number): number {
  let current = v;
  for (let u = current - 1; u >= 0 && words[u].start >= clauseFrom; u--) {
    const lemma = speechLemma(words[u].text);
    if (!lemma || !CLAUSE_VERBS.has(lemma) || !FINITE_CLAUSE_FORMS.has(words[u].text.toLowerCase())) continue;
    if (NEW_CLAUSE.test(text.slice(words[u].end, words[current].start))) break;
    if (RELATIVE_SUBJECT.test(text.slice(clauseFrom, words[u].start))) continue;
    // "said to be", "said of ...": not a reporting verb with a clause.
    if (/^\s+(?:to|of)\s/.test(text.slice(words[u].end, words[u].end + 5))) continue;
    current = u;
  }
  return current;
}
