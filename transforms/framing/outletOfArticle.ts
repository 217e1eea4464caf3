// Each article's event and outlet (from articleOutlets), looked up by article_id: the measures
// that once joined the outlets table onto tens of thousands of mention or sentence rows look
// their rows up here instead. Memoised on the outlets table, which transforms never mutate.
import type { ColumnTable } from 'arquero';

export interface ArticleOutlet {
  event_id: string;
  outlet: string;
}

const memo = new WeakMap<ColumnTable, Map<string, ArticleOutlet>>();

export function outletOfArticle(outlets: ColumnTable): Map<string, ArticleOutlet> {
  const known = memo.get(outlets);
  if (known) return known;
  const ids = outlets.array('article_id') as string[];
  const events = outlets.array('event_id') as string[];
  const names = outlets.array('outlet') as string[];
  const byArticle = new Map<string, ArticleOutlet>();
  for (let i = 0; i < ids.length; i++) byArticle.set(ids[i], { event_id: events[i], outlet: names[i] });
  memo.set(outlets, byArticle);
  return byArticle;
}
