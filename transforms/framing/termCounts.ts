// How often each outlet uses each term in its coverage of an event: event_id, outlet, term,
// count, pooled over the outlet's articles (headline and body). The input of distinctiveTerms.
import * as aq from 'arquero';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { terms } from './terms.ts';

export function termCounts(articles: ColumnTable, outlets: ColumnTable): ColumnTable {
  const rows = { article_id: [] as string[], term: [] as string[] };
  for (const a of articles.objects() as { article_id: string; text: string | null }[]) {
    for (const term of terms(a.text ?? '')) {
      rows.article_id.push(a.article_id);
      rows.term.push(term);
    }
  }
  return aq.table(rows)
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .groupby('event_id', 'outlet', 'term')
    .rollup({ count: () => op.count() })
    .orderby('event_id', 'outlet', 'term');
}
