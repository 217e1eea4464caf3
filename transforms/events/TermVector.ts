// A bag of terms packed: term numbers of one vocabulary (Vocabulary.ts) in typed arrays, in the
// order the terms were first used, with a count (a bag) or a weight (a TF-IDF vector) each. Twelve
// bytes a term where a Map of strings took about ten times as much.
import type { Vocabulary } from './Vocabulary.ts';

/** Each distinct term of a bag, in order of first use, and how many times the bag holds it. */
export interface TermCounts {
  terms: Int32Array;
  counts: Int32Array;
}

/** A TF-IDF vector: weights of its terms, in the order of the bag they were counted from. */
export class TermVector {
  constructor(
    readonly terms: Int32Array,
    readonly weights: Float64Array,
    readonly vocabulary: Vocabulary,
  ) {}

  get size(): number {
    return this.terms.length;
  }

  /** The weight of a term, undefined when the vector lacks it. */
  get(term: string): number | undefined {
    const id = this.vocabulary.find(term);
    const k = id === undefined ? -1 : this.terms.indexOf(id);
    return k < 0 ? undefined : this.weights[k];
  }
}

/** Counts the bags of one vocabulary, reusing its work arrays from one bag to the next. */
export class TermCounter {
  private stamp = new Int32Array(0);
  private slot = new Int32Array(0);
  private order = new Int32Array(0);
  private counts = new Int32Array(0);
  private bag = 0;

  count(ids: ArrayLike<number>, vocabularySize: number): TermCounts {
    if (this.stamp.length < vocabularySize) this.grow(vocabularySize);
    if (this.order.length < ids.length) {
      this.order = new Int32Array(ids.length * 2);
      this.counts = new Int32Array(ids.length * 2);
    }
    const { stamp, slot, order, counts } = this;
    const bag = ++this.bag;
    let n = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (stamp[id] === bag) counts[slot[id]]++;
      else {
        stamp[id] = bag;
        slot[id] = n;
        order[n] = id;
        counts[n++] = 1;
      }
    }
    return { terms: order.slice(0, n), counts: counts.slice(0, n) };
  }

  private grow(size: number): void {
    const stamp = new Int32Array(Math.max(size, 2 * this.stamp.length));
    stamp.set(this.stamp);
    this.stamp = stamp;
    this.slot = new Int32Array(stamp.length);
  }
}
