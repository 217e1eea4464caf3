// The content words of a text as a set, for comparing sentences: its words (see words.ts) minus
// stop words and one-letter words. Numbers stay: "280 000" is what a figure sentence is about.
import { STOP_WORDS } from './stopWords.ts';
import { words } from './words.ts';

/** `of`: the text's words when the caller has them already. */
export function contentWords(text: string, of: readonly string[] = words(text)): Set<string> {
  const out = new Set<string>();
  for (const w of of) if (w.length > 1 && !STOP_WORDS.has(w)) out.add(w);
  return out;
}
