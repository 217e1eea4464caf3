// The TF-IDF vectors the proposal keys compare (sameProposalKeys.ts): each distinct set of key
// terms (keyTerms.ts) is one point, however many rows state it (wire copy reprinted by several
// outlets) within one event, with a unit vector of its terms weighted by their place in the text and their rarity
// over the corpus (document frequencies counted over rows).
import { keyTerms, type KeyTerm } from './keyTerms.ts';
import { ACTION_KINDS } from '../text/lexicon/proposalActions.ts';

/** The dimension a term counts on: an action's kind ("joint targeting" and "a joint centre" are
 *  joint operations, "sit down face to face" and "talks" are talks), else the term itself. */
const dimension = (stem: string) => ACTION_KINDS.get(stem) ?? stem;

export type Vector = Map<string, number>;

export interface Point {
  terms: KeyTerm[];
  rows: number[];
}

export interface KeyVectors {
  points: Point[];
  /** The point of each row. */
  rowPoint: number[];
  vectors: Vector[];
  /** Rarity of a stem over the corpus. */
  idf(stem: string): number;
}

/** `scopes[i]`: rows of different scopes (events) are different points even with the same terms:
 *  "agreed to a ceasefire" in two wars is two proposals, which sameProposalKeys.ts may still join. */
export function keyVectors(texts: string[], names?: Parameters<typeof keyTerms>[1], scopes: string[] = []): KeyVectors {
  // Wire copy repeats summaries word for word: each distinct text is read once.
  const seen = new Map<string, KeyTerm[]>();
  const docs = texts.map((t) => {
    let d = seen.get(t);
    if (!d) {
      d = keyTerms(t, names);
      seen.set(t, d);
    }
    return d;
  });
  const pointOf = new Map<string, number>();
  const points: Point[] = [];
  const rowPoint = docs.map((d, i) => {
    const sig = `${scopes[i] ?? ''}\u0000${d
      .map((t) => t.stem)
      .sort()
      .join(' ')}`;
    let p = pointOf.get(sig);
    if (p === undefined) {
      p = points.length;
      pointOf.set(sig, p);
      points.push({ terms: d, rows: [] });
    }
    points[p].rows.push(i);
    return p;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const s of new Set(d.map((t) => dimension(t.stem)))) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  const idf = (stem: string) => Math.log(1 + n / (df.get(dimension(stem)) ?? 1));
  const vectors = points.map(({ terms }) => {
    const v: Vector = new Map();
    const weight = new Map<string, number>();
    for (const { stem: term, weight: k } of terms) {
      const stem = dimension(term);
      v.set(stem, (v.get(stem) ?? 0) + 1);
      weight.set(stem, Math.max(weight.get(stem) ?? 0, k));
    }
    let norm = 0;
    for (const [s, c] of v) {
      const w = weight.get(s)! * (1 + Math.log(c)) * idf(s);
      v.set(s, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [s, w] of v) v.set(s, w / norm);
    return v;
  });
  return { points, rowPoint, vectors, idf };
}

export function dot(a: Vector, b: Vector): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) s += w * (big.get(k) ?? 0);
  return s;
}
