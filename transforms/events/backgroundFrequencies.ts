// Document frequencies of a fixed background collection of news articles, so that term weights do
// not depend on the folder alone: read alone, a folder of one story shares its words ("earthquake",
// "Morocco") across every article and its own IDF would weigh them as little as "said". The
// background is the union of the annotated corpora we may learn from (data/background.json, built by
// bench/buildBackground.ts; never test/holdout or test/realnews/aside). Terms found in fewer than
// MIN_DF of its documents are left out: unseen, they weigh as much as a term seen once.
import { createRequire } from 'node:module';
import type { ArticleBags } from './articleBags.ts';
import type { Background } from './similarity.ts';

export const MIN_DF = 2;

export interface Backgrounds {
  /** Content terms (also used for the lead). */
  terms: Background;
  names: Background;
}

interface BackgroundFile {
  docs: number;
  terms: Record<string, number>;
  names: Record<string, number>;
}

/** The document frequencies of the bags of a collection of articles, terms under MIN_DF left out. */
export function backgroundOf(bags: readonly Pick<ArticleBags, 'terms' | 'names'>[]): Backgrounds {
  const count = (lists: string[][]): Background => {
    const df = new Map<string, number>();
    for (const list of lists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, d] of df) if (d < MIN_DF) df.delete(t);
    return { docs: lists.length, df };
  };
  return { terms: count(bags.map((b) => b.terms)), names: count(bags.map((b) => b.names)) };
}

/** As stored in data/background.json: terms sorted, for a stable file. */
export function backgroundJson(background: Backgrounds): BackgroundFile {
  const sorted = (m: ReadonlyMap<string, number>) =>
    Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { docs: background.terms.docs, terms: sorted(background.terms.df), names: sorted(background.names.df) };
}

const stored: BackgroundFile = createRequire(import.meta.url)('./data/background.json');

/** The shipped background. */
export const BACKGROUND: Backgrounds = {
  terms: { docs: stored.docs, df: new Map(Object.entries(stored.terms)) },
  names: { docs: stored.docs, df: new Map(Object.entries(stored.names)) },
};
