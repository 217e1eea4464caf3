// The codebook's proposal cues compiled once into one regex (longest cue first, whole words, any
// case), with the type of each.
import type { Codebook } from '../codebook/Codebook.ts';

export interface CueMatcher {
  pattern: RegExp;
  typeOf(cue: string): string;
  /** Words the pattern cannot match without (transforms/text/wordSet.ts): one from each cue, its
   *  longest ASCII word (with its plural when the cue is one word); null when some cue has none. */
  words: string[] | null;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const escape = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/'/g, "['\u2019]");

export function cueMatcher(codebook: Codebook): CueMatcher {
  const type = new Map(codebook.proposalCues.filter((c) => c.cue.trim()).map((c) => [norm(c.cue), c.type]));
  const cues = [...type.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // A one-word noun cue also matches its plural ("initiatives", "calls").
  const plural = (c: string) => /^[a-z]+$/.test(c) && !/(?:ed|ing|s)$/.test(c);
  const source = cues.map((c) => escape(c) + (plural(c) ? 's?' : '')).join('|') || '(?!)';
  return {
    pattern: new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, 'gi'),
    typeOf: (cue) => type.get(norm(cue)) ?? type.get(norm(cue).replace(/s$/, '')) ?? '',
    words: cueWords(cues, plural),
  };
}

/** A word of each cue that any match of it holds whole: the cue's own ASCII words are bounded by
 *  what the cue itself puts beside them (spaces, apostrophes, hyphens, other letters), or by the
 *  pattern's edges, which never touch a letter or digit (a one-word cue may take an "s" there). */
function cueWords(cues: string[], plural: (c: string) => boolean): string[] | null {
  const words: string[] = [];
  for (const c of cues) {
    const own = c.match(/[a-z0-9]+/g);
    if (!own) return null;
    const longest = own.reduce((a, b) => (b.length > a.length ? b : a));
    words.push(longest);
    if (plural(c)) words.push(`${longest}s`);
  }
  return words;
}
