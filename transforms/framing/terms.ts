// The terms distinctive-term scoring counts in a text: unigrams and bigrams of lower-cased words,
// stop words and bare numbers left out. A bigram joins two adjacent kept words of the same phrase:
// it never spans a stop word, a number, or punctuation other than a hyphen or an apostrophe
// ("political transition" and "air strikes", not "moscow washington" across a comma).
// A possessive 's is dropped ("Assad's" counts as "assad"); "US" and "IS" in capitals are kept.
//
// Words are the runs the pattern WORD_PATTERN finds, phrases the text between matches of
// PHRASE_BREAK (both kept below as the definition). The text is read once, character by
// character: splitting every article into phrases with the break pattern was the largest cost of
// the comparison. A break can only lie in the gap between two words (words hold letters, digits,
// hyphens and apostrophes; a break holds no letter or digit, and a space or a character that no
// word has), so the scanner finds the words and tests only the gaps for a break. The test file
// checks the scanner against the two patterns.
import { STOP_WORDS } from './stopWords.ts';
import { isLetterOrDigit, codeUnits } from './letterOrDigit.ts';

/** Where one phrase ends: punctuation other than a hyphen or an apostrophe, or a dash between spaces. */
export const PHRASE_BREAK = /[^\p{L}\p{N}\s'\u2019-]+|\s-+\s/u;
/** A word: letters and digits, joined by single hyphens or apostrophes. */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/** PHRASE_BREAK within a gap between words, which holds no letter or digit. */
const GAP_BREAK = /[^\s'\u2019-]|\s-+\s/u;

// "US", "IS", "UN": short capitalised acronyms are names, not the pronoun or verb they spell.
const ACRONYM = /^\p{Lu}{2,3}$/u;

const NUMBER = /^\p{N}+$/u;
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 0x2d;

/** The code point at i, read as a /u pattern reads it (a lone surrogate is itself). */
const codePointAt = (text: string, i: number) => text.codePointAt(i) as number;
const width = codeUnits;

// The cheap tests first: the regular expressions only run on the words they can concern (an
// acronym starts with a capital or a non-ASCII letter, a number with a digit or a non-ASCII one).
function keep(raw: string, word: string): boolean {
  const first = raw.charCodeAt(0);
  if (raw.length >= 2 && raw.length <= 6 && (first >= 0x80 || (first >= 0x41 && first <= 0x5a)) && ACRONYM.test(raw))
    return true;
  return (
    word.length > 1 &&
    !STOP_WORDS.has(word) &&
    !((first >= 0x80 || (first >= 0x30 && first <= 0x39)) && NUMBER.test(word))
  );
}

/** Whether the gap between two words breaks the phrase (a lone space never does). */
function breaks(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return false;
  return GAP_BREAK.test(text.slice(from, to));
}

export function terms(text: string): string[] {
  const out: string[] = [];
  let previous: string | null = null;
  let lastEnd = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (!isLetterOrDigit(cp)) {
      i += width(cp);
      continue;
    }
    // A word: a run of letters and digits, then runs joined by one hyphen or apostrophe.
    const start = i;
    let quoted = false;
    i += width(cp);
    for (;;) {
      while (i < n) {
        const c = codePointAt(text, i);
        if (!isLetterOrDigit(c)) break;
        i += width(c);
      }
      const joiner = i < n ? text.charCodeAt(i) : -1;
      if (
        (joiner === APOSTROPHE || joiner === CURLY_APOSTROPHE || joiner === HYPHEN) &&
        i + 1 < n &&
        isLetterOrDigit(codePointAt(text, i + 1))
      ) {
        if (joiner !== HYPHEN) quoted = true;
        i += 1;
        continue;
      }
      break;
    }
    if (lastEnd >= 0 && previous !== null && breaks(text, lastEnd, start)) previous = null;
    lastEnd = i;
    const raw = text.slice(start, i);
    const bare = quoted ? raw.replace(/['\u2019][sS]$/u, '') : raw;
    const word = quoted ? bare.toLowerCase().replace(/\u2019/g, "'") : bare.toLowerCase();
    if (!keep(bare, word)) {
      previous = null;
      continue;
    }
    out.push(word);
    if (previous !== null) out.push(`${previous} ${word}`);
    previous = word;
  }
  return out;
}
