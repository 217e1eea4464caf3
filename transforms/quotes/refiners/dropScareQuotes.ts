// Short quoted phrases that nobody is reported saying are scare quotes or titles, not quotes:
// 'talks on a "political transition"', 'groups deemed "terrorists"', 'resign on "Day One"',
// 'Kerry "agreed to disagree"', a subheading like "'Agree to disagree'". A quote of four words or
// fewer is kept only when its sentence attributes it to a speaker ('what the top US diplomat said
// were "serious and frank" talks', 'Lavrov said ... "serious differences" remained'); a short
// quote in title case without an attribution after it is a title.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';
import { wordsIn } from '../../text/words.ts';

const countWords = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function isScareQuote(q: QuoteCandidate, text: string): boolean {
  if (q.kind !== 'direct') return false;
  const quotedText = text.slice(q.start, q.end);
  const n = countWords(quotedText);
  if (n > 4) return false;
  const titleCase = wordsIn(quotedText).every((w) => /^\p{Lu}/u.test(w.text) || w.text.length <= 3);
  if (q.attributedAfter) return false;
  if (titleCase && n >= 1) return true;
  return !q.attributed;
}

export function dropScareQuotes(quotes: QuoteCandidate[], { layout: { text } }: QuoteContext): QuoteCandidate[] {
  return quotes.filter((q) => !isScareQuote(q, text));
}
