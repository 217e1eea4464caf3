// alignment: for every sentence, its closest sentence among the other articles of the same
// event, so that a reader sees what each outlet took from a common source, reworded, or added.
//
// similarity(s, t) = max(shingle containment, content-word Jaccard):
//   containment = share of s's 5-word shingles found in t (verbatim reuse, robust to a clause
//                 added or cut at either end);
//   Jaccard     = |W(s) ∩ W(t)| / |W(s) ∪ W(t)| over content words (rewording, reordering).
// status: `shared` when similarity ≥ 0.5 (at least half the sentence's wording is found in one
// other sentence), `paraphrased` when ≥ 0.25 (a quarter of the content words in common: the same
// fact retold), `unique` below. Thresholds were read off the sample corpus, where sentences
// copied from the common AFP dispatch score 0.58-1, retold facts 0.28-0.47, and the rest of an
// event's sentences at most 0.24.
// Ties go to the first candidate in (article_id, index) order; a sentence with no word in common
// with any other article (or alone in its event) gets an empty best match and similarity 0.
//
// Sentences of the same text have the same features, so an event's distinct texts are compared
// with each other once (bestMatches.ts); each sentence then takes, among the texts ranked by
// similarity to its own, the first sentence outside its article.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { ALIGNMENT } from '../schema/index.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';
import { SentenceFeatures } from './sentenceFeatures.ts';
import { bestMatches } from './bestMatches.ts';

export const SHARED_AT = 0.5;
export const PARAPHRASED_AT = 0.25;

/** The statuses of a sentence, from the closest match to none. */
export const ALIGNMENT_STATUSES = ['shared', 'paraphrased', 'unique'] as const;

export function alignmentStatus(similarity: number): (typeof ALIGNMENT_STATUSES)[number] {
  return similarity >= SHARED_AT ? 'shared' : similarity >= PARAPHRASED_AT ? 'paraphrased' : 'unique';
}

/** Row numbers of the sentences of articles with an event, by event, article_id, index (as orderby would). */
function orderedRows(sentences: ColumnTable, outlets: ColumnTable): { rows: number[]; eventOf: Map<string, string> } {
  const eventOf = new Map<string, string>();
  const outletIds = outlets.array('article_id') as string[];
  (outlets.array('event_id') as string[]).forEach((e, i) => eventOf.set(outletIds[i], e));
  const articleIds = sentences.array('article_id') as string[];
  const index = sentences.array('index') as ArrayLike<number>;
  const byArticle = new Map<string, number[]>();
  for (let r = 0; r < articleIds.length; r++) {
    const a = articleIds[r];
    if (!eventOf.has(a)) continue;
    const list = byArticle.get(a);
    if (list) list.push(r);
    else byArticle.set(a, [r]);
  }
  const articles = [...byArticle.keys()].sort(
    (a, b) => codeUnitOrder(eventOf.get(a) as string, eventOf.get(b) as string) || codeUnitOrder(a, b),
  );
  const rows: number[] = [];
  for (const a of articles) {
    const list = byArticle.get(a) as number[];
    list.sort((x, y) => (index[x] < index[y] ? -1 : index[x] > index[y] ? 1 : 0));
    for (const r of list) rows.push(r);
  }
  return { rows, eventOf };
}

export function alignment(sentences: ColumnTable, outlets: ColumnTable): ColumnTable {
  const { rows, eventOf } = orderedRows(sentences, outlets);
  const sentenceIds = sentences.array('sentence_id') as string[];
  const articleIds = sentences.array('article_id') as string[];
  const texts = sentences.array('text') as (string | null)[];
  const features = new SentenceFeatures();
  const n = rows.length;
  const out = {
    sentence_id: new Array<string>(n),
    article_id: new Array<string>(n),
    event_id: new Array<string>(n),
    best_sentence_id: new Array<string>(n),
    best_article_id: new Array<string>(n),
    similarity: new Array<number>(n),
    status: new Array<string>(n),
  };
  for (let start = 0; start < n;) {
    const event = eventOf.get(articleIds[rows[start]]) as string;
    let end = start + 1;
    while (end < n && eventOf.get(articleIds[rows[end]]) === event) end++;
    const eventRows = rows.slice(start, end);
    const { best, similarity } = bestMatches(
      eventRows.map((r) => articleIds[r]),
      eventRows.map((r) => features.of(texts[r] ?? '')),
    );
    for (let k = 0; k < eventRows.length; k++) {
      const r = eventRows[k];
      const b = best[k] < 0 ? -1 : eventRows[best[k]];
      const sim = Math.round(similarity[k] * 10000) / 10000;
      out.sentence_id[start + k] = sentenceIds[r] ?? null;
      out.article_id[start + k] = articleIds[r] ?? null;
      out.event_id[start + k] = event ?? null;
      out.best_sentence_id[start + k] = b < 0 ? '' : (sentenceIds[b] ?? null);
      out.best_article_id[start + k] = b < 0 ? '' : (articleIds[b] ?? null);
      out.similarity[start + k] = sim;
      out.status[start + k] = alignmentStatus(sim);
    }
    start = end;
  }
  return aq.table(Object.fromEntries(ALIGNMENT.names.map((c) => [c, out[c as keyof typeof out]])));
}
