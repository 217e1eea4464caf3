// reuse: how much of one article's wording is found in another article of the same event.
// containment(a, b) = |S(a) ∩ S(b)| / |S(a)|, with S the set of distinct 5-word shingles of the
// article text (headline and body; lower-cased words of letters and digits, punctuation dropped).
// It is directional: a short article built from a longer one is contained in it, not the reverse.
// One row per ordered pair of articles of an event, articles of the same outlet included; an
// article too short for one shingle has containment 0.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { REUSE } from '../schema/index.ts';
import { words } from './words.ts';
import { shingles } from './shingles.ts';

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}

export function reuse(articles: ColumnTable, outlets: ColumnTable): ColumnTable {
  const sets = new Map<string, Set<string>>();
  for (const a of articles.objects() as { article_id: string; text: string | null }[]) {
    sets.set(a.article_id, shingles(words(a.text ?? '')));
  }
  const inEvent = outlets.select('event_id', 'article_id');
  return inEvent
    .rename({ article_id: 'article_a' })
    .join(inEvent.rename({ article_id: 'article_b' }), 'event_id')
    .filter((d: any) => d.article_a !== d.article_b)
    .derive({
      shared_shingles: aq.escape((d: any) => sharedCount(sets.get(d.article_a) ?? new Set(), sets.get(d.article_b) ?? new Set())),
      shingles: aq.escape((d: any) => sets.get(d.article_a)?.size ?? 0),
    })
    .derive({ containment: (d: any) => (d.shingles > 0 ? d.shared_shingles / d.shingles : 0) })
    .orderby('event_id', 'article_a', 'article_b')
    .select(...REUSE.names);
}
