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
import type { ColumnTable } from 'arquero';
import { ALIGNMENT, toTable, type Alignment } from '../schema/index.ts';
import { contentWords } from './contentWords.ts';
import { ShingleKeys } from './ShingleKeys.ts';
import { words } from './words.ts';

export const SHARED_AT = 0.5;
export const PARAPHRASED_AT = 0.25;

interface Sent {
  sentence_id: string;
  article_id: string;
  event_id: string;
  content: Set<string>;
  shingles: Set<string>;
}

/** The statuses of a sentence, from the closest match to none. */
export const ALIGNMENT_STATUSES = ['shared', 'paraphrased', 'unique'] as const;

export function alignmentStatus(similarity: number): (typeof ALIGNMENT_STATUSES)[number] {
  return similarity >= SHARED_AT ? 'shared' : similarity >= PARAPHRASED_AT ? 'paraphrased' : 'unique';
}

/** Sentences indexed by feature: feature -> positions of the sentences holding it. */
function invert(sents: Sent[], key: 'content' | 'shingles'): Map<string, number[]> {
  const index = new Map<string, number[]>();
  sents.forEach((s, i) => {
    for (const f of s[key]) {
      const l = index.get(f);
      if (l) l.push(i);
      else index.set(f, [i]);
    }
  });
  return index;
}

function bestMatches(sents: Sent[]): Partial<Alignment>[] {
  // Each sentence's features as the posting lists that hold them, looked up once; articles by number.
  const byWord = invert(sents, 'content');
  const byShingle = invert(sents, 'shingles');
  const wordLists = sents.map((s) => Array.from(s.content, (w) => byWord.get(w) as number[]));
  const shingleLists = sents.map((s) => Array.from(s.shingles, (g) => byShingle.get(g) as number[]));
  const articleNumber = new Map<string, number>();
  const articleOf = Int32Array.from(sents, (s) => {
    let a = articleNumber.get(s.article_id);
    if (a === undefined) articleNumber.set(s.article_id, (a = articleNumber.size));
    return a;
  });
  // Counts of common words and shingles per candidate, in arrays reused from sentence to
  // sentence (only the touched cells are reset): a common word of the event ("syria") touches
  // most sentences, and maps made that the slowest loop of the comparison.
  const commonWords = new Int32Array(sents.length);
  const commonShingles = new Int32Array(sents.length);
  const touched = new Uint8Array(sents.length);
  const candidates: number[] = [];
  return sents.map((s, i) => {
    const article = articleOf[i];
    for (const list of wordLists[i])
      for (const j of list)
        if (articleOf[j] !== article) {
          commonWords[j]++;
          if (!touched[j]) {
            touched[j] = 1;
            candidates.push(j);
          }
        }
    for (const list of shingleLists[i])
      for (const j of list)
        if (articleOf[j] !== article) {
          commonShingles[j]++;
          if (!touched[j]) {
            touched[j] = 1;
            candidates.push(j);
          }
        }
    let best = -1;
    let bestSim = 0;
    candidates.sort((a, b) => a - b);
    for (const j of candidates) {
      const common = commonWords[j];
      const jaccard = common / (s.content.size + sents[j].content.size - common);
      const containment = s.shingles.size > 0 ? commonShingles[j] / s.shingles.size : 0;
      const sim = Math.max(jaccard, containment);
      if (sim > bestSim) {
        best = j;
        bestSim = sim;
      }
      commonWords[j] = 0;
      commonShingles[j] = 0;
      touched[j] = 0;
    }
    candidates.length = 0;
    const similarity = Math.round(bestSim * 10000) / 10000;
    return {
      sentence_id: s.sentence_id,
      article_id: s.article_id,
      event_id: s.event_id,
      best_sentence_id: best < 0 ? '' : sents[best].sentence_id,
      best_article_id: best < 0 ? '' : sents[best].article_id,
      similarity,
      status: alignmentStatus(similarity),
    };
  });
}

export function alignment(sentences: ColumnTable, outlets: ColumnTable): ColumnTable {
  const ordered = sentences
    .select('sentence_id', 'article_id', 'index', 'text')
    .join(outlets.select('article_id', 'event_id'), 'article_id')
    .orderby('event_id', 'article_id', 'index');
  const byEvent = new Map<string, Sent[]>();
  const keys = new ShingleKeys();
  for (const r of ordered.objects() as {
    sentence_id: string;
    article_id: string;
    event_id: string;
    text: string | null;
  }[]) {
    const w = words(r.text ?? '');
    const sent = {
      sentence_id: r.sentence_id,
      article_id: r.article_id,
      event_id: r.event_id,
      content: contentWords(r.text ?? '', w),
      shingles: keys.of(w),
    };
    const list = byEvent.get(r.event_id);
    if (list) list.push(sent);
    else byEvent.set(r.event_id, [sent]);
  }
  return toTable(ALIGNMENT, [...byEvent.values()].flatMap(bestMatches));
}
