// The features alignment compares, for each distinct sentence text once: its content words and its
// 5-word shingles, each numbered (ids from one instance compare only with ids from the same
// instance). A sentence copied word for word into many articles (wire copy) is read once, and the
// comparison works on small integers instead of strings.
import { contentWords } from './contentWords.ts';
import { ShingleKeys } from './ShingleKeys.ts';
import { words } from './words.ts';

export interface Features {
  /** Distinct content words, as ids. */
  content: Int32Array;
  /** Distinct shingles, as ids. */
  shingles: Int32Array;
}

export class SentenceFeatures {
  private readonly byText = new Map<string, Features>();
  private readonly keys = new ShingleKeys();
  private readonly wordIds = new Map<string, number>();
  private readonly shingleIds = new Map<string, number>();

  of(text: string): Features {
    let f = this.byText.get(text);
    if (!f) {
      const w = words(text);
      f = {
        content: numbered(contentWords(text, w), this.wordIds),
        shingles: numbered(this.keys.of(w), this.shingleIds),
      };
      this.byText.set(text, f);
    }
    return f;
  }
}

function numbered(set: Set<string>, ids: Map<string, number>): Int32Array {
  const out = new Int32Array(set.size);
  let k = 0;
  for (const s of set) {
    let n = ids.get(s);
    if (n === undefined) ids.set(s, (n = ids.size));
    out[k++] = n;
  }
  return out;
}
