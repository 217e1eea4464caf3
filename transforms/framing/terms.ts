// The terms distinctive-term scoring counts in a text: unigrams and bigrams of lower-cased words,
// stop words and bare numbers left out. A bigram joins two adjacent kept words of the same phrase:
// it never spans a stop word, a number, or punctuation other than a hyphen or an apostrophe
// ("political transition" and "air strikes", not "moscow washington" across a comma).
// A possessive 's is dropped ("Assad's" counts as "assad"); "US" and "IS" in capitals are kept.
import { STOP_WORDS } from './stopWords.ts';

const PHRASE_BREAK = /[^\p{L}\p{N}\s'\u2019-]+|\s-+\s/u;
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

// "US", "IS", "UN": short capitalised acronyms are names, not the pronoun or verb they spell.
const ACRONYM = /^\p{Lu}{2,3}$/u;

const NUMBER = /^\p{N}+$/u;
const APOSTROPHE = /['\u2019]/;

// The cheap tests first: the regular expressions only run on the words they can concern.
function keep(raw: string, word: string): boolean {
  if (raw.length <= 6 && ACRONYM.test(raw)) return true;
  return word.length > 1 && !STOP_WORDS.has(word) && !NUMBER.test(word);
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const phrase of text.split(PHRASE_BREAK)) {
    let previous: string | null = null;
    for (const raw of phrase.match(WORD) ?? []) {
      const quoted = APOSTROPHE.test(raw);
      const bare = quoted ? raw.replace(/['\u2019][sS]$/u, '') : raw;
      const word = quoted ? bare.toLowerCase().replace(/\u2019/g, "'") : bare.toLowerCase();
      if (!keep(bare, word)) { previous = null; continue; }
      out.push(word);
      if (previous !== null) out.push(`${previous} ${word}`);
      previous = word;
    }
  }
  return out;
}
