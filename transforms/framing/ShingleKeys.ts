// Compact keys for 5-word shingles, for the measures that compare thousands of texts. Each
// distinct word gets a number (its order of first appearance), and a shingle's key is the five
// numbers written as ten UTF-16 code units. The mapping is one-to-one, so two shingles share a
// key exactly when they are the same five words (as shingles.ts builds them), but the keys are
// short strings, built and hashed at a fraction of the cost of the words joined by spaces.
// Keys from one instance compare only with keys from the same instance.
import { SHINGLE_SIZE } from './shingles.ts';

export class ShingleKeys {
  private readonly ids = new Map<string, number>();

  /** The distinct shingle keys of a word sequence (none when it is shorter than a shingle). */
  of(words: readonly string[]): Set<string> {
    const out = new Set<string>();
    if (words.length < SHINGLE_SIZE) return out;
    const lo: number[] = new Array(words.length);
    const hi: number[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let id = this.ids.get(words[i]);
      if (id === undefined) this.ids.set(words[i], id = this.ids.size);
      lo[i] = id & 0xffff;
      hi[i] = id >>> 16;
    }
    for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) { // SHINGLE_SIZE is 5: five ids per key
      out.add(String.fromCharCode(lo[i], hi[i], lo[i + 1], hi[i + 1], lo[i + 2], hi[i + 2], lo[i + 3], hi[i + 3], lo[i + 4], hi[i + 4]));
    }
    return out;
  }
}
