// Whether a code point is a letter or a digit (`[\p{L}\p{N}]`), for the scanners that read texts
// character by character instead of matching a pattern: ASCII is tested by range, any other code
// point by the pattern once, then remembered. A lone surrogate is neither, as for the pattern.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wide = new Map<number, boolean>();

export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  let known = wide.get(cp);
  if (known === undefined) wide.set(cp, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return known;
}

/** UTF-16 code units a code point takes. */
export const codeUnits = (cp: number): number => (cp > 0xffff ? 2 : 1);
