// The codebook's proposal cues compiled once into one regex (longest cue first, whole words, any
// case), with the type of each.
import type { Codebook } from '../codebook/Codebook.ts';

export interface CueMatcher {
  pattern: RegExp;
  typeOf(cue: string): string;
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
  const source =
    cues.map((c) => escape(c) + (/^[a-z]+$/.test(c) && !/(?:ed|ing|s)$/.test(c) ? 's?' : '')).join('|') || '(?!)';
  return {
    pattern: new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, 'gi'),
    typeOf: (cue) => type.get(norm(cue)) ?? type.get(norm(cue).replace(/s$/, '')) ?? '',
  };
}
