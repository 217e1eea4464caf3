// The pairs of articles worth comparing, without comparing all of them (blocking): two articles
// are compared when they share one of their most distinctive terms (blocking keys: the highest
// TF-IDF weights of their names and content terms) and were published at most MAX_GAP_DAYS apart,
// or one of them is undated. A key held by very many articles of the same few weeks (a story's cast
// in a dense corpus) blocks nothing there and is skipped there. Articles the manifest puts in one event are always a pair; an
// article the manifest puts in an event never meets an article of another manifest event.
export interface PairItem {
  label: string;
  day: number | null;
  keys: string[];
}

/** Pairs [i, j] with i < j, in a deterministic order. */
export function candidatePairs(items: PairItem[], maxGapDays: number, maxPosting = Infinity): [number, number][] {
  const n = items.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const add = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const la = items[a].label,
      lb = items[b].label;
    if (a === b || (la && lb && la !== lb)) return;
    const key = a * n + b;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([a, b]);
  };
  const byLabel = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  const append = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  items.forEach((it, i) => {
    if (it.label) append(byLabel, it.label, i);
    for (const k of new Set(it.keys)) append(postings, k, i);
  });
  for (const group of byLabel.values())
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) add(group[x], group[y]);
  for (const key of [...postings.keys()].sort()) {
    const list = postings.get(key)!;
    if (list.length < 2) continue;
    const dated = list.filter((i) => items[i].day !== null).sort((a, b) => items[a].day! - items[b].day! || a - b);
    const undated = list.filter((i) => items[i].day === null);
    // Dated articles meet the dated articles of their window (a sliding window over the days),
    // unless the window around either holds more than maxPosting of them: a key that common in a few weeks' news
    // says nothing, while one spread over a long corpus still tells the articles of each week apart.
    let from = 0,
      to = 0;
    for (let x = 0; x < dated.length; x++) {
      const day = items[dated[x]].day!;
      while (day - items[dated[from]].day! > maxGapDays) from++;
      while (to < dated.length && items[dated[to]].day! - day <= maxGapDays) to++;
      if (to - from > maxPosting) continue;
      for (let y = from; y < x; y++) add(dated[y], dated[x]);
    }
    if (list.length <= maxPosting) for (const i of undated) for (const j of list) add(i, j);
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The blocking keys of a TF-IDF vector: its `k` heaviest terms (ties by term, for determinism). */
export function topTerms(vector: Map<string, number>, k: number): string[] {
  return [...vector]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}
