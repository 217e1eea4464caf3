// Short quoted phrases that nobody is reported saying are scare quotes or titles, not quotes:
// 'talks on a "political transition"', 'groups deemed "terrorists"', 'resign on "Day One"',
// 'Kerry "agreed to disagree"', a subheading like "'Agree to disagree'". A quote of four words or
// fewer is kept only when its sentence attributes it to a speaker ('what the top US diplomat said
// were "serious and frank" talks', 'Lavrov said ... "serious differences" remained'); a short
// quote in title case without an attribution after it is a title. A nickname inside a name
// ('Kagiso "TK" Pooe told Al Jazeera', 'Joaquin "El Chapo" Guzman') is no quote at all, attributed
// or not: one to three capitalised words with a name word right before and right after the marks.
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
  if (titleCase && n <= 3 && isNickname(text, q.open, q.close)) return true;
  if (q.attributedAfter) return false;
  if (titleCase && n >= 1) return true;
  return !q.attributed;
}

const NAME_WORD_BEFORE = /\p{Lu}[\p{L}'\u2019.-]*\s*$/u;
const NAME_WORD_AFTER = /^\s*\p{Lu}\p{Ll}/u;

/** The quotation marks at `open` and `close` stand between two name words: "Kagiso “TK” Pooe". */
function isNickname(text: string, open: number, close: number): boolean {
  const before = text.slice(Math.max(0, open - 40), open);
  const after = text.slice(close + 1, close + 41);
  return NAME_WORD_BEFORE.test(before) && NAME_WORD_AFTER.test(after) && !/[\n.,;:]\s*$/.test(before);
}

export function dropScareQuotes(quotes: QuoteCandidate[], { layout: { text } }: QuoteContext): QuoteCandidate[] {
  return quotes.filter((q) => !isScareQuote(q, text));
}
