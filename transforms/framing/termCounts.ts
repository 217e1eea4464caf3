// How often each outlet uses each term in its coverage of an event: event_id, outlet, term,
// count, pooled over the outlet's articles (headline and body). The input of distinctiveTerms.
// Counted in maps, one pass over the texts: the table of every term occurrence (hundreds of
// thousands of rows for a thousand articles) is never built. Rows go by event, outlet, term.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { terms } from './terms.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';

export function termCounts(articles: ColumnTable, outlets: ColumnTable): ColumnTable {
  const groupOf = new Map<string, { event_id: string; outlet: string; counts: Map<string, number> }>();
  const groups = new Map<string, { event_id: string; outlet: string; counts: Map<string, number> }>();
  const [ids, events, names] = ['article_id', 'event_id', 'outlet'].map((c) => outlets.array(c) as string[]);
  ids.forEach((id, i) => {
    const key = `${events[i]}\u0000${names[i]}`;
    let group = groups.get(key);
    if (!group) groups.set(key, group = { event_id: events[i], outlet: names[i], counts: new Map() });
    groupOf.set(id, group);
  });
  const texts = articles.array('text') as (string | null)[];
  (articles.array('article_id') as string[]).forEach((id, i) => {
    const counts = groupOf.get(id)?.counts;
    if (!counts) return;
    for (const term of terms(texts[i] ?? '')) counts.set(term, (counts.get(term) ?? 0) + 1);
  });
  const out = { event_id: [] as string[], outlet: [] as string[], term: [] as string[], count: [] as number[] };
  const ordered = [...groups.values()].sort((a, b) => codeUnitOrder(a.event_id, b.event_id) || codeUnitOrder(a.outlet, b.outlet));
  for (const g of ordered) {
    for (const term of [...g.counts.keys()].sort(codeUnitOrder)) {
      out.event_id.push(g.event_id); out.outlet.push(g.outlet); out.term.push(term); out.count.push(g.counts.get(term) as number);
    }
  }
  return aq.table(out);
}
