// reuse: how much of one article's wording is found in another article of the same event.
// containment(a, b) = |S(a) ∩ S(b)| / |S(a)|, with S the set of distinct 5-word shingles of the
// article text (headline and body; lower-cased words of letters and digits, punctuation dropped).
// It is directional: a short article built from a longer one is contained in it, not the reverse.
// One row per ordered pair of articles of an event, articles of the same outlet included; an
// article too short for one shingle has containment 0. Pairs are formed within each event only
// (the articles grouped by event once), rows ordered by event, article_a, article_b.
import type { ColumnTable } from 'arquero';
import { REUSE, toTable, type Reuse } from '../schema/index.ts';
import { articleShingles } from './articleShingles.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}

export function reuse(articles: ColumnTable, outlets: ColumnTable): ColumnTable {
  const sets = articleShingles(articles).byArticle;
  const byEvent = new Map<string, string[]>();
  const ids = outlets.array('article_id') as string[];
  (outlets.array('event_id') as string[]).forEach((event, i) => {
    const list = byEvent.get(event);
    if (list) list.push(ids[i]);
    else byEvent.set(event, [ids[i]]);
  });
  const rows: Partial<Reuse>[] = [];
  const none = new Set<string>();
  // Articles of the same text share one set (articleShingles): each pair of sets is counted once.
  const counted = new Map<Set<string>, Map<Set<string>, number>>();
  const shared = (a: Set<string>, b: Set<string>): number => {
    let row = counted.get(a);
    if (!row) counted.set(a, (row = new Map()));
    let n = row.get(b);
    if (n === undefined) row.set(b, (n = sharedCount(a, b)));
    return n;
  };
  for (const event of [...byEvent.keys()].sort(codeUnitOrder)) {
    const inEvent = (byEvent.get(event) as string[]).sort(codeUnitOrder);
    counted.clear();
    for (const a of inEvent) {
      const from = sets.get(a)?.shingles ?? none;
      for (const b of inEvent) {
        if (a === b) continue;
        const common = shared(from, sets.get(b)?.shingles ?? none);
        rows.push({
          event_id: event,
          article_a: a,
          article_b: b,
          containment: from.size > 0 ? common / from.size : 0,
          shared_shingles: common,
        });
      }
    }
  }
  return toTable(REUSE, rows);
}
