// The state a codebook actor's name ties it to, from the world layer's adjectives and names:
// "Syrian opposition" -> Syria, "Russian Defence Ministry" -> Russia, "Hezbollah" -> none.
import { DEMONYMS } from '../text/lexicon/demonyms.ts';

/** The state named by one word ("Syrian", "Damascus", "Syria"), or undefined. */
export function stateOfWord(word: string): string | undefined {
  const forms = DEMONYMS[word];
  return forms?.[forms.length - 1];
}

/** The state a name opens with, or undefined. */
export const stateOfName = (name: string): string | undefined => stateOfWord(name.split(' ')[0]);
