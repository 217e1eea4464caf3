// Who published what, for grouping: one row per article with its event and outlet. The outlet
// falls back to the article id when the manifest and the text name none, and the event to the
// article id when no event was assigned, so that unrelated articles are never pooled together.
// Several articles of one outlet in one event pool together in every measure.
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Article } from '../schema/index.ts';

export function articleOutlets(articles: ColumnTable): ColumnTable {
  return articles
    .derive({
      event_id: (d: Article) => (d.event_id == null || d.event_id === '' ? d.article_id : d.event_id),
      outlet: (d: Article) => (d.outlet == null || op.trim(d.outlet) === '' ? d.article_id : op.trim(d.outlet)),
    })
    .select('article_id', 'event_id', 'outlet')
    .orderby('event_id', 'outlet', 'article_id');
}
