// Each sentence's closest sentence in another article of its event (see alignment.ts), for one
// event's sentences in (article_id, index) order. Sentences are grouped by their features (the
// same text gives the same object): the distinct texts are compared with each other once, by
// counting the words and shingles they share through posting lists, and ranked by similarity.
// A sentence then walks its text's ranking, best first, and takes from each group of equally
// similar texts the first sentence outside its own article (an article's sentences are
// contiguous, so that is a look past one range): the first candidate in (article_id, index)
// order among the most similar, as comparing it with every sentence one by one would give.
import type { Features } from './sentenceFeatures.ts';

export interface Matches {
  /** Position of the best match in the event, or -1. */
  best: Int32Array;
  /** Its similarity, unrounded (0 without a match). */
  similarity: Float64Array;
}

function postings(types: Features[], key: 'content' | 'shingles'): Map<number, number[]> {
  const index = new Map<number, number[]>();
  types.forEach((t, i) => {
    for (const f of t[key]) {
      const l = index.get(f);
      if (l) l.push(i);
      else index.set(f, [i]);
    }
  });
  return index;
}

/** The first position of a sorted list outside [lo, hi), or -1. */
function firstOutside(positions: number[], lo: number, hi: number): number {
  const first = positions[0];
  if (first < lo || first >= hi) return first;
  let a = 0,
    b = positions.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (positions[m] < hi) a = m + 1;
    else b = m;
  }
  return a < positions.length ? positions[a] : -1;
}

export function bestMatches(articleOf: readonly string[], features: readonly Features[]): Matches {
  const n = features.length;
  const best = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  // An article's range of positions.
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && articleOf[j] === articleOf[i]) j++;
    lo.fill(i, i, j);
    hi.fill(j, i, j);
    i = j;
  }
  if (n === 0 || hi[0] === n) return { best, similarity };
  const typeOf = new Map<Features, number>();
  const types: Features[] = [];
  const positions: number[][] = [];
  const typeAt = features.map((f, i) => {
    let t = typeOf.get(f);
    if (t === undefined) {
      typeOf.set(f, (t = types.length));
      types.push(f);
      positions.push([]);
    }
    positions[t].push(i);
    return t;
  });
  const byWord = postings(types, 'content');
  const byShingle = postings(types, 'shingles');
  const commonWords = new Int32Array(types.length);
  const commonShingles = new Int32Array(types.length);
  const touched = new Uint8Array(types.length);
  const sim = new Float64Array(types.length);
  const rankings: { sims: number[]; types: number[] }[] = types.map((a) => {
    const candidates: number[] = [];
    for (const w of a.content)
      for (const b of byWord.get(w) as number[]) {
        commonWords[b]++;
        if (!touched[b]) {
          touched[b] = 1;
          candidates.push(b);
        }
      }
    for (const g of a.shingles)
      for (const b of byShingle.get(g) as number[]) {
        commonShingles[b]++;
        if (!touched[b]) {
          touched[b] = 1;
          candidates.push(b);
        }
      }
    for (const b of candidates) {
      const common = commonWords[b];
      const jaccard = common / (a.content.length + types[b].content.length - common);
      const containment = a.shingles.length > 0 ? commonShingles[b] / a.shingles.length : 0;
      sim[b] = Math.max(jaccard, containment);
      commonWords[b] = 0;
      commonShingles[b] = 0;
      touched[b] = 0;
    }
    candidates.sort((x, y) => sim[y] - sim[x]);
    return { sims: candidates.map((b) => sim[b]), types: candidates };
  });
  for (let i = 0; i < n; i++) {
    const { sims, types: ranked } = rankings[typeAt[i]];
    for (let g = 0; g < ranked.length;) {
      let found = -1;
      let h = g;
      for (; h < ranked.length && sims[h] === sims[g]; h++) {
        const j = firstOutside(positions[ranked[h]], lo[i], hi[i]);
        if (j >= 0 && (found < 0 || j < found)) found = j;
      }
      if (found >= 0 && sims[g] > 0) {
        best[i] = found;
        similarity[i] = sims[g];
        break;
      }
      g = h;
    }
  }
  return { best, similarity };
}
