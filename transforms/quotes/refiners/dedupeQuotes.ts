// A quotation printed twice in one article with no attribution the second time is a pull quote
// left in the text: keep the first. Short phrases may repeat legitimately and are kept.
import type { QuoteCandidate } from '../QuoteCandidate.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function dedupeQuotes<T extends QuoteCandidate & { attributed: boolean }>(quotes: T[], text: string): T[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.kind}:${norm(text.slice(q.start, q.end))}`;
    const repeat = seen.has(key) && !q.attributed && key.split(' ').length >= 5;
    seen.add(key);
    return !repeat;
  });
}
