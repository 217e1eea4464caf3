// Codebook terms (frame cues, label terms) as regular expressions: whole words, case-insensitive,
// any run of spaces between words, and a trailing `*` standing for any ending ("strike*" matches
// strike, strikes, striking). Hyphens and apostrophes in a term match themselves; curly and
// straight apostrophes match each other.
const WORD_CHAR = '[\\p{L}\\p{N}]';

function termSource(term: string): string {
  const open = term.trim().endsWith('*');
  const body = term.trim().replace(/\*+$/, '');
  const escaped = body
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]"))
    .join('\\s+');
  return `(?<!${WORD_CHAR})${escaped}${open ? `${WORD_CHAR}*` : `(?!${WORD_CHAR})`}`;
}

/** One regex that finds any of the terms, longest terms tried first; global, case-insensitive. */
export function termMatcher(terms: readonly string[]): RegExp | null {
  const usable = terms.map((t) => t.trim()).filter((t) => t.replace(/\*+$/, '') !== '');
  if (usable.length === 0) return null;
  const ordered = [...usable].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return new RegExp(ordered.map(termSource).join('|'), 'giu');
}

/** Number of non-overlapping matches of the matcher in a text. */
export function countMatches(matcher: RegExp | null, text: string): number {
  if (matcher === null || text === '') return 0;
  matcher.lastIndex = 0;
  let n = 0;
  while (matcher.exec(text) !== null) n++;
  return n;
}
