// Word shingles: every run of `size` consecutive words, joined by a space. A text shorter than
// one shingle has none. Reuse counts distinct shingles, so this returns a set. The common size
// of five is built by concatenation rather than slice-and-join: reuse, alignment and quote
// grouping shingle every sentence and article, and the arrays were most of the cost.
export const SHINGLE_SIZE = 5;

export function shingles(words: readonly string[], size = SHINGLE_SIZE): Set<string> {
  const out = new Set<string>();
  if (size === 5) {
    for (let i = 0; i + 5 <= words.length; i++)
      out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]} ${words[i + 4]}`);
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}
