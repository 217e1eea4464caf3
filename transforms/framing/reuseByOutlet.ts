// Text reuse side by side: for each article of an event, the highest containment of its wording
// in an article of each outlet of the event (its own outlet's other articles included). One row
// per article and compared outlet, in the order of the reuse table (event, article_a, article_b).
// Feeds the Text reuse block of the Outlets sheets.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { outletOfArticle } from './outletOfArticle.ts';

interface Row {
  event_id: string;
  article_id: string;
  outlet: string;
  compared_outlet: string;
  containment: number;
}

export function reuseByOutlet(reuse: ColumnTable, outlets: ColumnTable): ColumnTable {
  const byArticle = outletOfArticle(outlets);
  const rows = new Map<string, Row>();
  for (const r of reuse.objects() as {
    event_id: string;
    article_a: string;
    article_b: string;
    containment: number;
  }[]) {
    const compared = byArticle.get(r.article_b)?.outlet as string;
    const key = `${r.event_id}\t${r.article_a}\t${compared}`;
    const row = rows.get(key);
    if (row) row.containment = Math.max(row.containment, r.containment);
    else {
      const outlet = byArticle.get(r.article_a)?.outlet as string;
      rows.set(key, {
        event_id: r.event_id,
        article_id: r.article_a,
        outlet,
        compared_outlet: compared,
        containment: Math.max(0, r.containment),
      });
    }
  }
  return aq.from([...rows.values()], ['event_id', 'article_id', 'outlet', 'compared_outlet', 'containment']);
}
