// TF-IDF vectors of the articles' content terms and their cosine similarity, for grouping articles
// that report the same event. Terms every article shares (the story's cast, its background
// paragraph) weigh little; the specifics of each event weigh much.
export type Vector = Map<string, number>;

/** Document frequencies of a fixed background collection (backgroundFrequencies.ts). */
export interface Background {
  docs: number;
  df: ReadonlyMap<string, number>;
}

/**
 * TF-IDF vectors. With a background, a term's document frequency counts the background's documents
 * as well as the folder's, so a folder of one story still weighs its shared words as news at large
 * would: "earthquake" is rare among all stories even when every article of the folder has it.
 */
export function tfidfVectors(docs: string[][], background?: Background): Vector[] {
  const tfs = docs.map((terms) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length + (background?.docs ?? 0);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / (d + (background?.df.get(t) ?? 0))));
  return tfs.map((tf) => {
    const terms: string[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * (idf.get(t) as number);
      if (w > 0) {
        terms.push(t);
        weights.push(w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    const v: Vector = new Map();
    for (let k = 0; k < terms.length; k++) v.set(terms[k], weights[k] / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) s += w * (large.get(t) ?? 0);
  return s;
}

/**
 * cosine(vectors[i], vectors[j]) for many pairs [i, j] at once, to the last bit: each pair's sum
 * runs over the smaller vector's terms in its order, as cosine does, but the larger vector's
 * weights are read from an array indexed by term number, loaded once for all the pairs it is the
 * larger side of (comparing the articles of a busy week was most of the grouping's time).
 */
export function cosines(vectors: Vector[], pairs: readonly (readonly [number, number])[]): Float64Array {
  // Few pairs per article (a manifest that names the events): numbering every term would cost
  // more than looking the terms up pair by pair.
  let direct = 0;
  for (const [i, j] of pairs) direct += Math.min(vectors[i].size, vectors[j].size);
  let terms = 0;
  for (const v of vectors) terms += v.size;
  if (direct < 2 * terms) return Float64Array.from(pairs, ([i, j]) => cosine(vectors[i], vectors[j]));
  const ids = new Map<string, number>();
  const packed = vectors.map((v) => {
    const terms = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      terms[k] = id;
      weights[k++] = w;
    }
    return { terms, weights };
  });
  // The larger side of a pair, as cosine picks it: the first vector unless it is strictly smaller.
  const byLarger = new Map<number, number[]>();
  pairs.forEach(([i, j], p) => {
    const larger = vectors[i].size < vectors[j].size ? j : i;
    const list = byLarger.get(larger);
    if (list) list.push(p);
    else byLarger.set(larger, [p]);
  });
  const weightOf = new Float64Array(ids.size);
  const out = new Float64Array(pairs.length);
  for (const [larger, list] of byLarger) {
    const big = packed[larger];
    for (let k = 0; k < big.terms.length; k++) weightOf[big.terms[k]] = big.weights[k];
    for (const p of list) {
      const [i, j] = pairs[p];
      const small = packed[i === larger ? j : i];
      let s = 0;
      for (let k = 0; k < small.terms.length; k++) s += small.weights[k] * weightOf[small.terms[k]];
      out[p] = s;
    }
    for (let k = 0; k < big.terms.length; k++) weightOf[big.terms[k]] = 0;
  }
  return out;
}
