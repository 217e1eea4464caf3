// The corpus's word on a bare name found before a noun of members (memberNounName.ts): one article
// alone may not tell that "Trump" in "Trump officials" is a person's surname or that "Donbass" in
// "Donbass rebels" is a place. A name that is a word of a person's name discovered anywhere in the
// corpus or known to the codebook, or that follows a preposition of place in any article ("in
// Donbass"), names no organisation.
import type { ArticleText } from '../text/ArticleText.ts';
import type { Discovery } from './discoverActors.ts';

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

export function withoutMisreadBareNames(
  found: Discovery[][],
  layouts: ArticleText[],
  personAliases: Map<string, string>,
): Discovery[][] {
  const bare = new Set(
    found
      .flat()
      .filter((d) => d.span.parser === 'memberNounName')
      .map((d) => d.span.name),
  );
  if (!bare.size) return found;
  const personWords = new Set([...personAliases.keys()].flatMap((n) => n.split(' ')));
  for (const d of found.flat()) if (d.span.type === 'person') d.span.name.split(' ').forEach((w) => personWords.add(w));
  const places = namesAfterPlacePrepositions(layouts);
  const misread = new Set(
    [...bare].filter((name) => name.split(' ').some((w) => personWords.has(w)) || places.has(name)),
  );
  return found.map((ds) => ds.filter((d) => d.span.parser !== 'memberNounName' || !misread.has(d.span.name)));
}
