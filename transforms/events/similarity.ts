// TF-IDF vectors of the articles' content terms and their cosine similarity, for grouping articles
// that report the same event. Terms every article shares (the story's cast, its background
// paragraph) weigh little; the specifics of each event weigh much.
import { Vocabulary } from './Vocabulary.ts';
import { TermCounter, TermVector, type TermCounts } from './TermVector.ts';

export type Vector = TermVector;

/** Document frequencies of a fixed background collection (backgroundFrequencies.ts). */
export interface Background {
  docs: number;
  df: ReadonlyMap<string, number>;
}

/** TF-IDF vectors of bags of terms given as strings (one vocabulary for them all). */
export function tfidfVectors(docs: string[][], background?: Background): Vector[] {
  const vocabulary = new Vocabulary();
  const counter = new TermCounter();
  const bags = docs.map((terms) => {
    const ids = terms.map((t) => vocabulary.id(t));
    return counter.count(ids, vocabulary.size);
  });
  return tfidf(bags, vocabulary, background);
}

/**
 * TF-IDF vectors of counted bags. With a background, a term's document frequency counts the
 * background's documents as well as the folder's, so a folder of one story still weighs its shared
 * words as news at large would: "earthquake" is rare among all stories even when every article of
 * the folder has it. Each vector keeps its bag's term order (so that sums over it keep theirs), and
 * its bag's array of terms when every weight is positive, as they all are.
 */
export function tfidf(bags: readonly TermCounts[], vocabulary: Vocabulary, background?: Background): Vector[] {
  const df = new Int32Array(vocabulary.size);
  for (const bag of bags) for (let k = 0; k < bag.terms.length; k++) df[bag.terms[k]]++;
  const n = bags.length + (background?.docs ?? 0);
  const idf = new Float64Array(vocabulary.size);
  for (let t = 0; t < df.length; t++)
    if (df[t]) idf[t] = Math.log(1 + n / (df[t] + (background?.df.get(vocabulary.term(t)) ?? 0)));
  return bags.map(({ terms, counts }) => {
    const weights = new Float64Array(terms.length);
    let kept = 0;
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const w = (1 + Math.log(counts[k])) * idf[terms[k]];
      weights[k] = w;
      if (w > 0) {
        kept++;
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    const out = kept === terms.length ? terms : terms.filter((_, k) => weights[k] > 0);
    const outWeights = kept === terms.length ? weights : weights.filter((w) => w > 0);
    for (let k = 0; k < outWeights.length; k++) outWeights[k] /= norm;
    return new TermVector(out, outWeights, vocabulary);
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  const weightOf = new Map<number, number>();
  for (let k = 0; k < large.size; k++) weightOf.set(large.terms[k], large.weights[k]);
  let s = 0;
  for (let k = 0; k < small.size; k++) s += small.weights[k] * (weightOf.get(small.terms[k]) ?? 0);
  return s;
}

/**
 * cosine(vectors[i], vectors[j]) for many pairs [i, j] at once, to the last bit: each pair's sum
 * runs over the smaller vector's terms in its order, as cosine does, but the larger vector's
 * weights are read from an array indexed by term number, loaded once for all the pairs it is the
 * larger side of (comparing the articles of a busy week was most of the grouping's time).
 */
export function cosines(vectors: readonly Vector[], pairs: readonly (readonly [number, number])[]): Float64Array {
  const out = new Float64Array(pairs.length);
  if (!pairs.length) return out;
  const vocabulary = vectors[pairs[0][0]].vocabulary;
  // The pairs by their larger side, as cosine picks it: the first vector unless it is strictly smaller.
  const larger = Int32Array.from(pairs, ([i, j]) => (vectors[i].size < vectors[j].size ? j : i));
  const start = new Int32Array(vectors.length + 1);
  for (const l of larger) start[l + 1]++;
  for (let v = 0; v < vectors.length; v++) start[v + 1] += start[v];
  const byLarger = new Int32Array(pairs.length);
  const next = start.slice(0, vectors.length);
  larger.forEach((l, p) => (byLarger[next[l]++] = p));

  const weightOf = new Float64Array(vocabulary.size);
  for (let l = 0; l < vectors.length; l++) {
    if (start[l] === start[l + 1]) continue;
    const big = vectors[l];
    if (big.vocabulary !== vocabulary) throw new Error('cosines: vectors of different vocabularies');
    for (let k = 0; k < big.size; k++) weightOf[big.terms[k]] = big.weights[k];
    for (let q = start[l]; q < start[l + 1]; q++) {
      const p = byLarger[q];
      const [i, j] = pairs[p];
      const small = vectors[i === l ? j : i];
      if (small.vocabulary !== vocabulary) throw new Error('cosines: vectors of different vocabularies');
      let s = 0;
      for (let k = 0; k < small.size; k++) s += small.weights[k] * weightOf[small.terms[k]];
      out[p] = s;
    }
    for (let k = 0; k < big.size; k++) weightOf[big.terms[k]] = 0;
  }
  return out;
}
