// The words of a stretch of text with their offsets: letters and digits, joined by inner
// hyphens, apostrophes and dots ("al-Assad", "Assad's", "U.S"). Parsers look at words and at
// the gaps between them (a comma or a quotation mark stops a name; a single space does not).
export interface Word { text: string; start: number; end: number }

const WORD = /[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+)*/gu;

export function wordsIn(text: string, from = 0, to = text.length): Word[] {
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
  return /^ {1,2}$/.test(text.slice(a.end, b.start));
}

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string) => /^[\p{Lu}\p{N}.]+$/u.test(w) && /\p{Lu}/u.test(w);
/** "Assad's" -> "Assad"; "rebels'" is not a word here (the apostrophe ends it). */
export const withoutPossessive = (w: string) => w.replace(/['\u2019]s$/, '');
export const isPossessive = (w: string) => /['\u2019]s$/.test(w);
