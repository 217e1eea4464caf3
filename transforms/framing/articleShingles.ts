// The words and 5-word shingles of every article text, computed once per articles table and
// shared by the measures that compare wording (reuse, quote grouping): shingling the corpus was
// the largest cost of the comparison. Memoised on the table object, which transforms never
// mutate, so a new table gets fresh features and nothing outlives its table.
import type { ColumnTable } from 'arquero';
import { words } from './words.ts';
import { shingles } from './shingles.ts';

export interface TextFeatures { words: string[]; shingles: Set<string> }

const memo = new WeakMap<ColumnTable, Map<string, TextFeatures>>();

export function articleShingles(articles: ColumnTable): Map<string, TextFeatures> {
  const known = memo.get(articles);
  if (known) return known;
  const texts = articles.array('text') as (string | null)[];
  const features = new Map<string, TextFeatures>();
  (articles.array('article_id') as string[]).forEach((id, i) => {
    const w = words(texts[i] ?? '');
    features.set(id, { words: w, shingles: shingles(w) });
  });
  memo.set(articles, features);
  return features;
}
