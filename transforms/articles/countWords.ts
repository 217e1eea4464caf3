// Words as a reader counts them: "al-Assad", "Kerry's", "280,000" and "3.5" are one word each.
const WORD = /[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+|,\d{3}(?!\d))*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
