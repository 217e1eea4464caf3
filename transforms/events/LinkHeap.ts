// The clustering's queue of links between two groups: a binary min-heap ordered by key, then a,
// then b, its entries in typed arrays rather than one array object each. Its steps are those of
// the generic heap it replaced, so that entries that tie (same key and groups, other sizes) come
// out in the same order.

export interface Link {
  key: number;
  a: number;
  b: number;
  sizeA: number;
  sizeB: number;
}

export class LinkHeap {
  private keys = new Float64Array(1024);
  private as = new Int32Array(1024);
  private bs = new Int32Array(1024);
  private sizeAs = new Int32Array(1024);
  private sizeBs = new Int32Array(1024);
  size = 0;

  private less(i: number, j: number): boolean {
    const d = this.keys[i] - this.keys[j] || this.as[i] - this.as[j] || this.bs[i] - this.bs[j];
    return d < 0;
  }

  private swap(i: number, j: number): void {
    swapAt(this.keys, i, j);
    swapAt(this.as, i, j);
    swapAt(this.bs, i, j);
    swapAt(this.sizeAs, i, j);
    swapAt(this.sizeBs, i, j);
  }

  push(key: number, a: number, b: number, sizeA: number, sizeB: number): void {
    if (this.size === this.keys.length) this.grow();
    const last = this.size++;
    this.keys[last] = key;
    this.as[last] = a;
    this.bs[last] = b;
    this.sizeAs[last] = sizeA;
    this.sizeBs[last] = sizeB;
    for (let i = last; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Takes the least entry off the heap into `out`; false when the heap is empty. */
  pop(out: Link): boolean {
    if (!this.size) return false;
    out.key = this.keys[0];
    out.a = this.as[0];
    out.b = this.bs[0];
    out.sizeA = this.sizeAs[0];
    out.sizeB = this.sizeBs[0];
    const last = --this.size;
    if (last > 0) {
      this.swap(0, last);
      for (let i = 0; ;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < last && this.less(l, m)) m = l;
        if (r < last && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return true;
  }

  private grow(): void {
    const n = this.keys.length * 2;
    const more = <A extends Float64Array | Int32Array>(old: A, fresh: A) => (fresh.set(old), fresh);
    this.keys = more(this.keys, new Float64Array(n));
    this.as = more(this.as, new Int32Array(n));
    this.bs = more(this.bs, new Int32Array(n));
    this.sizeAs = more(this.sizeAs, new Int32Array(n));
    this.sizeBs = more(this.sizeBs, new Int32Array(n));
  }
}

function swapAt(values: Float64Array | Int32Array, i: number, j: number): void {
  const v = values[i];
  values[i] = values[j];
  values[j] = v;
}
