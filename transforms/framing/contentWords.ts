// The content words of a text as a set, for comparing sentences: its words (see words.ts) minus
// stop words and one-letter words. Numbers stay: "280 000" is what a figure sentence is about.
import { STOP_WORDS } from './stopWords.ts';
import { words } from './words.ts';

export function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length > 1 && !STOP_WORDS.has(w)));
}
