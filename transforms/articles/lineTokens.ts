// The words of each line as removeRepeats reads them (lower case, curly apostrophes straight,
// letters and digits with at most one "'letters" tail: /[\p{L}\p{N}]+(?:'[\p{L}]+)?/u), each as a
// 32-bit hash rather than a string: comparing lines then costs no string per word, and two lines
// whose hashes differ surely differ (equal hashes are checked on the words themselves).

export interface LineTokens {
  /** Words of line i: hashes[start[i]] up to hashes[start[i + 1]]. */
  start: Int32Array;
  hashes: Int32Array;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP character: 0 not known yet, 1 neither, 2 digit or other number, 3 letter. */
const kinds = new Uint8Array(65536);

function kind(cp: number): number {
  if (cp < 128) return cp >= 97 && cp <= 122 ? 3 : cp >= 65 && cp <= 90 ? 3 : cp >= 48 && cp <= 57 ? 2 : 1;
  if (cp < 65536 && kinds[cp]) return kinds[cp];
  const ch = String.fromCodePoint(cp);
  const k = LETTER.test(ch) ? 3 : LETTER_OR_DIGIT.test(ch) ? 2 : 1;
  if (cp < 65536) kinds[cp] = k;
  return k;
}

export function lineTokens(lines: readonly string[]): LineTokens {
  // Lines hold no line break, and lower case maps none to one: one call for the whole article.
  const lower = lines.join('\n').toLowerCase();
  const start = new Int32Array(lines.length + 1);
  let hashes = new Int32Array(256);
  let count = 0;
  let line = 0;
  const codeAt = (i: number) => {
    const c = lower.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    }
    return c;
  };
  const width = (cp: number) => (cp > 0xffff ? 2 : 1);
  for (let i = 0; i < lower.length;) {
    const cp = codeAt(i);
    if (cp === 10) {
      start[++line] = count;
      i++;
      continue;
    }
    if (kind(cp) === 1) {
      i += width(cp);
      continue;
    }
    let h = 0;
    let c = cp;
    while (i < lower.length && kind(c) !== 1 && c !== 10) {
      h = Math.imul(h, 31) + c;
      i += width(c);
      c = codeAt(i);
    }
    // An apostrophe (straight or curly) and at least one letter after it.
    if (i < lower.length && (c === 39 || c === 0x2018 || c === 0x2019) && i + 1 < lower.length) {
      let next = codeAt(i + 1);
      if (next !== 10 && kind(next) === 3) {
        h = Math.imul(h, 31) + 39;
        i++;
        while (i < lower.length && next !== 10 && kind(next) === 3) {
          h = Math.imul(h, 31) + next;
          i += width(next);
          next = codeAt(i);
        }
      }
    }
    if (count === hashes.length) {
      const more = new Int32Array(2 * count);
      more.set(hashes);
      hashes = more;
    }
    hashes[count++] = h | 0;
  }
  while (line < lines.length) start[++line] = count;
  return { start, hashes };
}
