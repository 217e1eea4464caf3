// The pairs of articles worth comparing, without comparing all of them: articles published at most
// MAX_GAP_DAYS apart (a sliding window over the articles sorted by day), articles the manifest puts
// in the same event, and undated articles with every other. An article the manifest puts in an
// event meets only its event and the articles the manifest leaves open.
export interface PairItem {
  label: string;
  day: number | null;
}

/** Pairs [i, j] with i < j, in a deterministic order. */
export function candidatePairs(items: PairItem[], maxGapDays: number): [number, number][] {
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  const n = items.length;
  const add = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * n + b;
    if (a === b || seen.has(key)) return;
    const la = items[a].label,
      lb = items[b].label;
    if (la && lb && la !== lb) return;
    seen.add(key);
    pairs.push([a, b]);
  };
  const dated = items
    .map((_, i) => i)
    .filter((i) => items[i].day !== null)
    .sort((a, b) => items[a].day! - items[b].day! || a - b);
  const undated = items.map((_, i) => i).filter((i) => items[i].day === null);
  const byLabel = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.label) byLabel.set(it.label, [...(byLabel.get(it.label) ?? []), i]);
  });

  for (const group of byLabel.values())
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) add(group[x], group[y]);
  // Open (unlabelled) dated articles meet every dated article in their window.
  let from = 0;
  for (let x = 0; x < dated.length; x++) {
    const i = dated[x];
    while (items[i].day! - items[dated[from]].day! > maxGapDays) from++;
    for (let y = from; y < x; y++) {
      const j = dated[y];
      if (!items[i].label || !items[j].label) add(i, j);
    }
  }
  for (const i of undated) for (let j = 0; j < n; j++) if (!items[i].label || !items[j].label) add(i, j);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
