// The corpus's word on a bare name found before a noun of members (memberNounName.ts): one article
// alone may not tell that "Trump" in "Trump officials" is a person's surname or that "Donbass" in
// "Donbass rebels" is a place. A name that is a word of a person's name discovered anywhere in the
// corpus or known to the codebook, or that follows a preposition of place in any article ("in
// Donbass"), names no organisation.
import type { Discovery } from './discoverActors.ts';

export function withoutMisreadBareNames(
  found: Discovery[][],
  personAliases: Map<string, string>,
  /** The corpus's names after a preposition of place (namesAfterPlacePrepositions.ts), read when needed. */
  placeNames: () => ReadonlySet<string>,
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
  const places = placeNames();
  const misread = new Set(
    [...bare].filter((name) => name.split(' ').some((w) => personWords.has(w)) || places.has(name)),
  );
  return found.map((ds) => ds.filter((d) => d.span.parser !== 'memberNounName' || !misread.has(d.span.name)));
}
