// The terms of one corpus, each numbered once: the grouping's bags of terms and TF-IDF vectors hold
// term numbers (4 bytes each) rather than strings, and a corpus's vocabulary is held once however
// many articles use it. A two-word term ("peace talks") is numbered from the numbers of its words,
// so that its string is built only the first time the pair is seen.

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  private readonly pairs = new PairTable();

  get size(): number {
    return this.strings.length;
  }

  /** The number of a term, numbering it if new. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(term, id);
      this.strings.push(term);
    }
    return id;
  }

  /** The number of an already numbered term, or undefined. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.strings[id];
  }

  /** The number of the term "<first> <second>" (two numbered words), as id() would give it. */
  pair(first: number, second: number): number {
    let id = this.pairs.get(first, second);
    if (id < 0) this.pairs.set(first, second, (id = this.id(`${this.strings[first]} ${this.strings[second]}`)));
    return id;
  }
}

/** Pairs of term numbers to a term number: open addressing over typed arrays, no key objects. */
class PairTable {
  private firsts = new Int32Array(1024).fill(-1);
  private seconds = new Int32Array(1024);
  private values = new Int32Array(1024);
  private count = 0;

  private slot(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    let h = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
    while (this.firsts[h] >= 0 && (this.firsts[h] !== first || this.seconds[h] !== second)) h = (h + 1) & mask;
    return h;
  }

  get(first: number, second: number): number {
    const h = this.slot(first, second);
    return this.firsts[h] < 0 ? -1 : this.values[h];
  }

  set(first: number, second: number, value: number): void {
    if (2 * (this.count + 1) > this.firsts.length) this.grow();
    const h = this.slot(first, second);
    if (this.firsts[h] < 0) this.count++;
    this.firsts[h] = first;
    this.seconds[h] = second;
    this.values[h] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    this.count = 0;
    for (let h = 0; h < firsts.length; h++) if (firsts[h] >= 0) this.set(firsts[h], seconds[h], values[h]);
  }
}
