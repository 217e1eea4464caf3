// Word shingles: every run of `size` consecutive words, joined by a space. A text shorter than
// one shingle has none. Reuse counts distinct shingles, so this returns a set.
export const SHINGLE_SIZE = 5;

export function shingles(words: readonly string[], size = SHINGLE_SIZE): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}
