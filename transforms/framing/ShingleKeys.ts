// Compact keys for 5-word shingles, for the measures that compare thousands of texts. Each
// distinct word gets a number (its order of first appearance), written as one UTF-16 code unit
// when under 0x8000 and as two otherwise (the first at 0x8000 or above, so that no key can be
// read two ways), and a shingle's key is its five words' numbers end to end. The mapping is
// one-to-one, so two shingles share a key exactly when they are the same five words (as
// shingles.ts builds them), but the keys are short strings, built and hashed at a fraction of
// the cost of the words joined by spaces. Keys from one instance compare only with keys from the
// same instance.
import { SHINGLE_SIZE } from './shingles.ts';

const ONE_UNIT = 0x8000;

export class ShingleKeys {
  private readonly ids = new Map<string, number>();
  private readonly codes: string[] = [];

  /** The distinct shingle keys of a word sequence (none when it is shorter than a shingle). */
  of(words: readonly string[]): Set<string> {
    const out = new Set<string>();
    if (words.length < SHINGLE_SIZE) return out;
    const id = new Int32Array(words.length);
    let wide = false;
    for (let i = 0; i < words.length; i++) {
      let n = this.ids.get(words[i]);
      if (n === undefined) {
        this.ids.set(words[i], (n = this.ids.size));
        this.codes.push(n < ONE_UNIT ? String.fromCharCode(n) : String.fromCharCode(ONE_UNIT | (n >>> 15), n & 0x7fff));
      }
      id[i] = n;
      if (n >= ONE_UNIT) wide = true;
    }
    // SHINGLE_SIZE is 5: five words per key.
    if (!wide) {
      for (let i = 0; i + SHINGLE_SIZE <= words.length; i++)
        out.add(String.fromCharCode(id[i], id[i + 1], id[i + 2], id[i + 3], id[i + 4]));
      return out;
    }
    const codes = this.codes;
    for (let i = 0; i + SHINGLE_SIZE <= words.length; i++)
      out.add(codes[id[i]] + codes[id[i + 1]] + codes[id[i + 2]] + codes[id[i + 3]] + codes[id[i + 4]]);
    return out;
  }
}
