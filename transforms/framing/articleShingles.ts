// The words and 5-word shingle keys of every article text, computed once per articles table and
// shared by the measures that compare wording (reuse, quote grouping): shingling the corpus was
// the largest cost of the comparison. Memoised on the table object, which transforms never
// mutate, so a new table gets fresh features and nothing outlives its table. `keys` is the
// instance that made the article keys: other passages compared with them use it too.
import type { ColumnTable } from 'arquero';
import { words } from './words.ts';
import { ShingleKeys } from './ShingleKeys.ts';

export interface TextFeatures {
  words: string[];
  shingles: Set<string>;
}
export interface ArticleShingles {
  keys: ShingleKeys;
  byArticle: Map<string, TextFeatures>;
}

const memo = new WeakMap<ColumnTable, ArticleShingles>();

export function articleShingles(articles: ColumnTable): ArticleShingles {
  const known = memo.get(articles);
  if (known) return known;
  const keys = new ShingleKeys();
  const texts = articles.array('text') as (string | null)[];
  const byArticle = new Map<string, TextFeatures>();
  // Articles of the same text share one object (read once, held once).
  const byText = new Map<string, TextFeatures>();
  (articles.array('article_id') as string[]).forEach((id, i) => {
    const text = texts[i] ?? '';
    let f = byText.get(text);
    if (!f) {
      const w = words(text);
      byText.set(text, (f = { words: w, shingles: keys.of(w) }));
    }
    byArticle.set(id, f);
  });
  const features = { keys, byArticle };
  memo.set(articles, features);
  return features;
}
