// The words of a text as reuse and alignment compare them: lower-cased runs of letters and
// digits, punctuation dropped (docs/CONTRACT.md). "Assad's 280,000" -> assad, s, 280, 000.
// The runs of WORD in the lower-cased text, found by reading it character by character (the
// pattern itself was a large part of shingling the corpus); the test file checks the two agree.
import { isLetterOrDigit, codeUnits } from './letterOrDigit.ts';

export const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let cp = lower.codePointAt(i) as number;
    if (!isLetterOrDigit(cp)) {
      i += codeUnits(cp);
      continue;
    }
    const start = i;
    do {
      i += codeUnits(cp);
    } while (i < n && isLetterOrDigit((cp = lower.codePointAt(i) as number)));
    out.push(lower.slice(start, i));
  }
  return out;
}
