// A readable, deterministic id for an event: its first publication day and the three names its
// articles use most ("2016-07-14-kerry-russia-putin"), or "event-..." when no article is dated.
import { slug } from '../codebook/slug.ts';

const NOT_NAMES = new Set(
  'the a an and but in on at by for of to with from as it its this that he she they we i his her their our after before while when what who if there monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms president minister secretary state foreign advertisement share photo file read'.split(
    ' ',
  ),
);

export function eventName(texts: string[], firstDay: string): string {
  const docFreq = new Map<string, number>();
  const count = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    // Capitalised words not at the start of a sentence: names.
    for (const m of text.matchAll(/(?<=[a-z,;]\s+)[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?/g)) {
      const w = m[0].toLowerCase();
      if (NOT_NAMES.has(w) || w.length < 3) continue;
      count.set(w, (count.get(w) ?? 0) + 1);
      seen.add(w);
    }
    for (const w of seen) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
  }
  const top = [...count.keys()]
    .sort((a, b) => docFreq.get(b)! - docFreq.get(a)! || count.get(b)! - count.get(a)! || (a < b ? -1 : 1))
    .slice(0, 3);
  return slug([firstDay || 'event', ...top].join(' '));
}
