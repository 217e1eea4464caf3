// What each outlet ran about each event: one row per event and outlet (in the order of
// articleOutlets) with its articles ("; "), their headlines (" | "), the distinct publication
// dates and wires credited ("; ", blanks dropped), and their words summed. Articles are listed in
// the order of the articles table. Feeds the Coverage block of the Outlets sheets.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { outletOfArticle } from './outletOfArticle.ts';

interface ArticleRow {
  article_id: string;
  headline: unknown;
  published: unknown;
  wire: unknown;
  words: number | null;
}

const distinct = (values: unknown[]) => [...new Set(values.filter((v) => v != null && v !== ''))].join('; ');

export function coverage(articles: ColumnTable, outlets: ColumnTable): ColumnTable {
  const byArticle = outletOfArticle(outlets);
  const groups = new Map<string, ArticleRow[]>();
  for (const o of outlets.objects() as { event_id: string; outlet: string }[])
    groups.set(`${o.event_id}\t${o.outlet}`, []);
  for (const a of articles.objects() as ArticleRow[]) {
    const group = byArticle.get(a.article_id);
    if (group) groups.get(`${group.event_id}\t${group.outlet}`)?.push(a);
  }
  const rows = [...groups].map(([key, as]) => {
    const [event_id, outlet] = key.split('\t');
    return {
      event_id,
      outlet,
      articles: as.map((a) => a.article_id).join('; '),
      headlines: as.map((a) => a.headline).join(' | '),
      published: distinct(as.map((a) => a.published)),
      wire: distinct(as.map((a) => a.wire)),
      words: as.reduce((n, a) => n + (a.words ?? 0), 0),
    };
  });
  return aq.from(rows, ['event_id', 'outlet', 'articles', 'headlines', 'published', 'wire', 'words']);
}
