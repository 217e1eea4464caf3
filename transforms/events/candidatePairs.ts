// The pairs of articles worth comparing, without comparing all of them (blocking): two articles
// are compared when they share one of their most distinctive terms (blocking keys: the highest
// TF-IDF weights of their names and content terms) and were published at most MAX_GAP_DAYS apart,
// or one of them is undated. A key held by very many articles of the same few weeks (a story's cast
// in a dense corpus) blocks nothing there and is skipped there. Articles the manifest puts in one event are always a pair; an
// article the manifest puts in an event never meets an article of another manifest event.
import type { TermVector } from './TermVector.ts';
import { firstK } from './firstK.ts';

export interface PairItem {
  label: string;
  day: number | null;
  /** Blocking keys: strings or numbers, two items sharing one when they hold the same key. */
  keys: readonly (string | number)[];
}

/** Pairs [i, j] with i < j, in a deterministic order. */
export function candidatePairs(items: PairItem[], maxGapDays: number, maxPosting = Infinity): [number, number][] {
  const n = items.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const add = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const la = items[a].label,
      lb = items[b].label;
    if (a === b || (la && lb && la !== lb)) return;
    const key = a * n + b;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([a, b]);
  };
  const byLabel = new Map<string, number[]>();
  const postings = new Map<string | number, number[]>();
  const append = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  items.forEach((it, i) => {
    if (it.label) append(byLabel, it.label, i);
    for (const k of new Set(it.keys)) append(postings, k, i);
  });
  for (const group of byLabel.values())
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) add(group[x], group[y]);
  // Each key adds the pairs of its own postings, whatever the order the keys come in.
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    const dated = list.filter((i) => items[i].day !== null).sort((a, b) => items[a].day! - items[b].day! || a - b);
    const undated = list.filter((i) => items[i].day === null);
    // Dated articles meet the dated articles of their window (a sliding window over the days),
    // unless the window around either holds more than maxPosting of them: a key that common in a few weeks' news
    // says nothing, while one spread over a long corpus still tells the articles of each week apart.
    let from = 0,
      to = 0;
    for (let x = 0; x < dated.length; x++) {
      const day = items[dated[x]].day!;
      while (day - items[dated[from]].day! > maxGapDays) from++;
      while (to < dated.length && items[dated[to]].day! - day <= maxGapDays) to++;
      if (to - from > maxPosting) continue;
      for (let y = from; y < x; y++) add(dated[y], dated[x]);
    }
    if (list.length <= maxPosting) for (const i of undated) for (const j of list) add(i, j);
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The blocking keys of a TF-IDF vector: its `k` heaviest terms (ties by term, for determinism). */
export function topTerms(vector: TermVector, k: number): string[] {
  return topTermIds(vector, k).map((id) => vector.vocabulary.term(id));
}

/** topTerms as term numbers: by weight, heaviest first, ties by term (firstK.ts: no full sort). */
export function topTermIds(vector: TermVector, k: number): number[] {
  const { terms, weights, vocabulary } = vector;
  const before = (a: number, b: number) =>
    weights[a] > weights[b] || (weights[a] === weights[b] && vocabulary.term(terms[a]) < vocabulary.term(terms[b]));
  return firstK(terms.length, k, before).map((x) => terms[x]);
}
