// The names that follow a preposition of place anywhere in the corpus ("in Donbass", "from Gaza
// City"): the corpus's word that a capitalised run names a place, which the discovery pass's corpus
// checks (misreadBareNames.ts, corroboratedSubjects.ts) read.
import type { ArticleText } from '../text/ArticleText.ts';

/** A run of name words after a preposition of place: "in Donbass", "from Gaza City", "near al-Bab". */
const AFTER_PLACE_PREPOSITION =
  /\b(?:in|from|near|across|around|into) ((?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}'\u2019-]*(?: (?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}'\u2019-]*)*)/gu;

/** Every run of words that starts a name after a preposition of place, in any article: one pass per text. */
export function namesAfterPlacePrepositions(layouts: ArticleText[]): Set<string> {
  const out = new Set<string>();
  for (const l of layouts)
    for (const m of l.text.matchAll(AFTER_PLACE_PREPOSITION)) {
      const words = m[1].split(' ');
      for (let k = 1; k <= words.length; k++)
        out.add(
          words
            .slice(0, k)
            .join(' ')
            .replace(/['\u2019]s$/, ''),
        );
    }
  return out;
}
