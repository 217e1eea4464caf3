// The words of a stretch of text with their offsets: letters and digits, joined by inner
// hyphens, apostrophes and dots ("al-Assad", "Assad's", "U.S"). Parsers look at words and at
// the gaps between them (a comma or a quotation mark stops a name; a single space does not).
import { isWordChar } from './textChars.ts';

export interface Word { text: string; start: number; end: number }

const WORD = /[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+)*/gu;

/**
 * The words of text[from, to): those that start at or after `from` (a word cut by `from` keeps
 * its part after it) and end by `to`. The words of a whole article are found once and reused
 * while the parsers ask about stretches of the same text; a short text is scanned on its own.
 */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  if (text.length < 400) return scan(text, from, to);
  const all = articleWords(text);
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].start < from) lo = mid + 1; else hi = mid; }
  // A word that straddles `from`: its tail, found by the scan itself.
  const out = lo > 0 && all[lo - 1].end > from ? scan(text, from, Math.min(to, all[lo - 1].end)) : [];
  for (let i = lo; i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
  return out;
}

let lastText: string | null = null;
let lastWords: Word[] = [];

function articleWords(text: string): Word[] {
  if (text !== lastText) { lastWords = scan(text, 0, text.length); lastText = text; }
  return lastWords;
}

const SURROGATE = /[\ud800-\udfff]/;
const JOINERS = new Set(['-', "'", '\u2019', '.']);

/** WORD, read character by character (no match objects); texts with astral characters go to the regular expression. */
export function scan(text: string, from: number, to: number): Word[] {
  if (SURROGATE.test(text)) return scanByPattern(text, from, to);
  const out: Word[] = [];
  for (let i = from; i < to;) {
    if (!isWordChar(text[i])) { i++; continue; }
    const start = i;
    while (isWordChar(text[i])) i++;
    while (JOINERS.has(text[i]) && isWordChar(text[i + 1])) { i++; while (isWordChar(text[i])) i++; }
    let end = i;
    if (text[end] === '.' && end - start > 1 && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(text.slice(start, end))) end++; // "U.S." keeps its last dot
    if (end <= to) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

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
export const isPossessive = (w: string) => w.length > 1 && w[w.length - 1] === 's' && (w[w.length - 2] === "'" || w[w.length - 2] === '\u2019');
