// The plural noun for a people from its demonym: "Moroccan" -> "Moroccans", "North Korean" -> "North Koreans".
// Demonyms ending in -ese, -ish, -ch, -ss or -x have no plural of their own ("the Chinese",
// "the British", "the French", "the Swiss"): none is made for them.
export function peopleNoun(demonym: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(demonym)) return undefined;
  if (/(ese|ish|ch|ss|x)$/.test(demonym)) return undefined;
  return `${demonym}s`;
}
