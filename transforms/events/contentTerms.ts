// The terms that say what an article reports: lower-cased content words (no stop words, no
// numbers alone) and the pairs of adjacent content words, which carry specific content
// ("command centre", "new york") better than words alone.
import type { Vocabulary } from './Vocabulary.ts';

const STOP = new Set(
  "a an the and or but if then than that this these those there here of in on at by for from to with without into onto over under about after before during since until as is are was were be been being has have had do does did will would shall should can could may might must not no nor so such too very also just only even still yet its it it's he she they them their his her him we our us you your i me my who whom whose which what when where why how all any both each few more most other some own same said says say told tell according while because although though however against between through up down out off again further once one two three new last next first year years day days week weeks month months time mr mrs ms".split(
    ' ',
  ),
);

export function contentTerms(text: string): string[] {
  const words = contentWords(text);
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return [...words, ...pairs];
}

/**
 * contentTerms(text) as numbers of `vocabulary`, in the same order (the words, then the pairs):
 * a pair is numbered from its words' numbers, its string built only when the vocabulary lacks it.
 */
export function contentTermIds(text: string, vocabulary: Vocabulary): Int32Array {
  const words = contentWords(text);
  const ids = new Int32Array(words.length ? 2 * words.length - 1 : 0);
  for (let k = 0; k < words.length; k++) ids[k] = vocabulary.id(words[k]);
  for (let k = 1; k < words.length; k++) ids[words.length + k - 1] = vocabulary.pair(ids[k - 1], ids[k]);
  return ids;
}

/** Lower-cased words, possessive "'s" cut, stop words and words of one or two letters left out. */
function contentWords(text: string): string[] {
  const matches = text
    .toLowerCase()
    .normalize('NFKD')
    .match(/[a-z][a-z'\u2019-]*[a-z]|[a-z]/g);
  const words: string[] = [];
  for (const match of matches ?? []) {
    const last = match.length - 1;
    const w =
      last > 0 && match[last] === 's' && (match[last - 1] === "'" || match[last - 1] === '\u2019')
        ? match.slice(0, -2)
        : match;
    if (w.length > 2 && !STOP.has(w)) words.push(w);
  }
  return words;
}
