// How often each outlet uses each term in its coverage of an event: event_id, outlet, term,
// count, pooled over the outlet's articles (headline and body). The input of distinctiveTerms.
// Counted in maps, one pass over the texts: the table of every term occurrence (hundreds of
// thousands of rows for a thousand articles) is never built. Rows go by event, outlet, term.
// Terms are numbered as they are first met and counted by number; the vocabulary is sorted once
// and each group's terms are put in order by their rank in it (numbers sort much faster than
// strings, and each group would otherwise sort the same words again).
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { terms } from './terms.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';

interface Group {
  event_id: string;
  outlet: string;
  counts: Map<number, number>;
}

export function termCounts(articles: ColumnTable, outlets: ColumnTable): ColumnTable {
  const groupOf = new Map<string, Group>();
  const groups = new Map<string, Group>();
  const [ids, events, names] = ['article_id', 'event_id', 'outlet'].map((c) => outlets.array(c) as string[]);
  ids.forEach((id, i) => {
    const key = `${events[i]}\u0000${names[i]}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { event_id: events[i], outlet: names[i], counts: new Map() }));
    groupOf.set(id, group);
  });
  const number = new Map<string, number>();
  const vocabulary: string[] = [];
  // Each distinct text is read once (a wire story reprinted word for word is counted again, not re-read).
  const byText = new Map<string, Map<number, number>>();
  const textCounts = (text: string): Map<number, number> => {
    let counts = byText.get(text);
    if (counts) return counts;
    byText.set(text, (counts = new Map()));
    for (const term of terms(text)) {
      let t = number.get(term);
      if (t === undefined) {
        number.set(term, (t = vocabulary.length));
        vocabulary.push(term);
      }
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return counts;
  };
  const texts = articles.array('text') as (string | null)[];
  (articles.array('article_id') as string[]).forEach((id, i) => {
    const counts = groupOf.get(id)?.counts;
    if (!counts) return;
    for (const [t, n] of textCounts(texts[i] ?? '')) counts.set(t, (counts.get(t) ?? 0) + n);
  });
  // The default sort compares strings by UTF-16 code units, as codeUnitOrder does.
  const sorted = vocabulary.slice().sort();
  const rank = new Int32Array(vocabulary.length);
  const numberAt = new Int32Array(vocabulary.length);
  sorted.forEach((term, r) => {
    const t = number.get(term) as number;
    rank[t] = r;
    numberAt[r] = t;
  });

  const out = { event_id: [] as string[], outlet: [] as string[], term: [] as string[], count: [] as number[] };
  const ordered = [...groups.values()].sort(
    (a, b) => codeUnitOrder(a.event_id, b.event_id) || codeUnitOrder(a.outlet, b.outlet),
  );
  for (const g of ordered) {
    const ranks = new Int32Array(g.counts.size);
    let k = 0;
    for (const t of g.counts.keys()) ranks[k++] = rank[t];
    ranks.sort();
    for (const r of ranks) {
      out.event_id.push(g.event_id);
      out.outlet.push(g.outlet);
      out.term.push(sorted[r]);
      out.count.push(g.counts.get(numberAt[r]) as number);
    }
  }
  return aq.table(out);
}
