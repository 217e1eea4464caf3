// The words of a stretch of text with their offsets: letters and digits, joined by inner
// hyphens, apostrophes and dots ("al-Assad", "Assad's", "U.S"). Parsers look at words and at
// the gaps between them (a comma or a quotation mark stops a name; a single space does not).
import { isWordChar } from './textChars.ts';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+)*/gu;

/**
 * The words of text[from, to): those that start at or after `from` (a word cut by `from` keeps
 * its part after it) and end by `to`. The words of a whole article are found once and reused
 * while the parsers ask about stretches of the same text; a short text is scanned on its own.
 */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  if (text.length < 400) return scan(text, from, to);
  const all = articleWords(text);
  let lo = 0,
    hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  // A word that straddles `from`: its tail, found by the scan itself.
  const out = lo > 0 && all[lo - 1].end > from ? scan(text, from, Math.min(to, all[lo - 1].end)) : [];
  for (let i = lo; i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
  return out;
}

let lastText: string | null = null;
let lastWords: Word[] = [];

function articleWords(text: string): Word[] {
  if (text !== lastText) {
    lastWords = scan(text, 0, text.length);
    lastText = text;
  }
  return lastWords;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Length of the letter or digit at i (2 for a surrogate pair), 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  return isWordChar(text[i]) ? 1 : 0;
}

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46; // - ' ’ .

/** WORD, read character by character: the same words, without a match object per word. */
export function scan(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  // Like the regular expression in Unicode mode, an offset inside a surrogate pair starts at the pair.
  const low = text.charCodeAt(from),
    high = text.charCodeAt(from - 1);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) from--;
  for (let i = from; i < to;) {
    let n = wordCharAt(text, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    while (n) {
      i += n;
      n = wordCharAt(text, i);
    }
    while (isJoiner(text.charCodeAt(i)) && (n = wordCharAt(text, i + 1))) {
      i += 1;
      while (n) {
        i += n;
        n = wordCharAt(text, i);
      }
    }
    let end = i;
    if (text.charCodeAt(end) === 46 && end - start > 1 && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(text.slice(start, end))) end++; // "U.S." keeps its last dot
    if (end <= to) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** The same words with the regular expression (the reference the scanner is tested against). */
export function scanByPattern(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    if (text[end] === '.' && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(m[0]) && m[0].length > 1) end++; // "U.S." keeps its last dot
    if (end <= to) out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/** Whether only plain spaces separate two words (no punctuation, quotation mark or line break). */
export function joined(text: string, a: Word, b: Word): boolean {
  const gap = b.start - a.end;
  return (gap === 1 || gap === 2) && text[a.end] === ' ' && text[b.start - 1] === ' ';
}

const UPPER_START = /^\p{Lu}/u;
/** Starts with a capital letter (ASCII decided by char code, the rest by Unicode class). */
export const isCapitalised = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(w);
};
export const isAllCaps = (w: string) => /^[\p{Lu}\p{N}.]+$/u.test(w) && /\p{Lu}/u.test(w);
/** "Assad's" -> "Assad"; "rebels'" is not a word here (the apostrophe ends it). */
export const withoutPossessive = (w: string) => w.replace(/['\u2019]s$/, '');
export const isPossessive = (w: string) =>
  w.length > 1 && w[w.length - 1] === 's' && (w[w.length - 2] === "'" || w[w.length - 2] === '\u2019');
