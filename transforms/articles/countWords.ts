// Words as a reader counts them: "al-Assad", "Kerry's", "280,000" and "3.5" are one word each.
import { isWordChar } from '../text/textChars.ts';

const WORD = /[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+|,\d{3}(?!\d))*/gu;
const SURROGATE = /[\ud800-\udfff]/;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function countWords(text: string): number {
  // Letters outside the Basic Multilingual Plane: the regular expression reads them whole.
  if (SURROGATE.test(text)) return text.match(WORD)?.length ?? 0;
  // Otherwise one pass over the characters, with the same rule as WORD and no match objects.
  let n = 0;
  for (let i = 0; i < text.length;) {
    if (!isWordChar(text[i])) {
      i++;
      continue;
    }
    n++;
    while (isWordChar(text[i])) i++;
    for (;;) {
      const c = text[i];
      if ((c === '-' || c === "'" || c === '\u2019' || c === '.') && isWordChar(text[i + 1])) {
        i++;
        while (isWordChar(text[i])) i++;
        continue;
      }
      if (c === ',' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4])) {
        i += 4;
        continue;
      }
      break;
    }
  }
  return n;
}
