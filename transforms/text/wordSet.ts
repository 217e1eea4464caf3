// The lower-case words of a stretch of text as a set: a parser whose patterns need a cue word
// asks the set once whether the text holds any of its cues, instead of scanning the text with
// its patterns (transforms/proposals/withCues.ts). Built once per sentence and shared by every
// parser that reads it.
//
// A word here is a run of ASCII letters and digits: a pattern's `\b` and `\w` are ASCII, so a
// cue that a pattern bounds by `\b`, by spaces or by punctuation is always one whole word of the
// set, whatever stands beside it in the text ("al-Assad" holds "al" and "assad", "U.S.-brokered"
// holds "brokered"). Two letters read as ASCII by a pattern in Unicode mode with the `i` flag, the
// long s (U+017F, as "s") and the Kelvin sign (U+212A, as "k"), make the set rule out nothing.

export interface WordSet {
  /** Whether the text may hold this word (lower case, ASCII letters and digits). */
  has(word: string): boolean;
}

/** A set that holds every word: nothing is ruled out. */
export const EVERY_WORD: WordSet = { has: () => true };

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

export function wordSet(text: string): WordSet {
  const words = new Set<string>();
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 0x17f || c === 0x212a) return EVERY_WORD;
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    for (let d = c; isAlnum(d); d = text.charCodeAt(++i)) upper ||= d >= 65 && d <= 90;
    // Only a word with a capital is lowered (the rest are their own lower case).
    words.add(upper ? text.slice(start, i).toLowerCase() : text.slice(start, i));
  }
  return words;
}
