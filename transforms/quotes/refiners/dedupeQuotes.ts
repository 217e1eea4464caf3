// A quotation printed twice in one article with no attribution the second time is a pull quote
// left in the text: keep the first. Short phrases may repeat legitimately and are kept.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function dedupeQuotes(quotes: QuoteCandidate[], { layout: { text } }: QuoteContext): QuoteCandidate[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.kind}:${norm(text.slice(q.start, q.end))}`;
    const repeat = seen.has(key) && !q.attributed && key.split(' ').length >= 5;
    seen.add(key);
    return !repeat;
  });
}
