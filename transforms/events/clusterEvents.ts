// Groups articles into events by average-linkage agglomerative clustering over the pair model's
// probabilities: the two groups whose pairs are on average the likeliest to be one event merge
// first, and merging stops when no two groups reach the threshold on average. A pair the blocking
// did not compare counts as probability 0, so a group grows only where most of its articles are
// alike, not along a chain of look-alikes. Deterministic: ties go to the lower article numbers.
// Manifest labels are groups from the start, and two groups with different labels never merge.
import { candidatePairs, topTermIds } from './candidatePairs.ts';
import { pairFeatures, type PairInput } from './pairFeatures.ts';
import { pairProbability } from './pairModel.ts';
import { LinkHeap, type Link } from './LinkHeap.ts';

export interface EventCandidate extends PairInput {
  /** Manifest event label, '' when the manifest says nothing. */
  label: string;
}

/** Publication days two articles of one event may be apart (disasters are covered for weeks). */
export const MAX_GAP_DAYS = 21;
/** Blocking keys per article: its heaviest names, content terms and lead terms. */
export const KEYS_PER_BAG = 25;

/**
 * The pairs the grouping compares (candidatePairs.ts): articles that share a blocking key, their
 * heaviest names, content terms and lead terms; a key held by more than max(50, 5·√n) articles of
 * a few weeks blocks nothing there. Names and terms come from one vocabulary (eventInputs.ts).
 */
export function comparedPairs(items: readonly EventCandidate[]): [number, number][] {
  const n = items.length;
  const maxPosting = Math.max(50, Math.ceil(5 * Math.sqrt(n)));
  const keyed = items.map((it) => {
    if (it.names.vocabulary !== it.terms.vocabulary || it.lead.vocabulary !== it.terms.vocabulary)
      throw new Error('clusterEvents: names, terms and lead of one vocabulary');
    return {
      label: it.label,
      day: it.day,
      // A name and a content term (or lead term) of one spelling are two keys: 2·id + 1 and 2·id.
      keys: [
        ...topTermIds(it.names, KEYS_PER_BAG).map((t) => 2 * t + 1),
        ...topTermIds(it.terms, KEYS_PER_BAG).map((t) => 2 * t),
        ...topTermIds(it.lead, KEYS_PER_BAG).map((t) => 2 * t),
      ],
    };
  });
  return candidatePairs(keyed, MAX_GAP_DAYS, maxPosting);
}

/** Group number of each article (the lowest article number of its group). */
export function clusterEvents(
  items: EventCandidate[],
  threshold: number,
  probability: (features: readonly number[]) => number = pairProbability,
): number[] {
  const pairs = comparedPairs(items);
  const features = pairFeatures(items, pairs);

  const group = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const label = new Map<number, string>();
  /** For each group, the summed probabilities to each neighbouring group. */
  const links = new Map<number, Map<number, number>>(items.map((_, i) => [i, new Map()]));
  const link = (a: number, b: number, p: number) => {
    links.get(a)!.set(b, (links.get(a)!.get(b) ?? 0) + p);
    links.get(b)!.set(a, (links.get(b)!.get(a) ?? 0) + p);
  };
  const merge = (keep: number, drop: number) => {
    for (const k of members.get(drop)!) group[k] = keep;
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
    const dropLinks = links.get(drop)!;
    links.delete(drop);
    links.get(keep)!.delete(drop);
    for (const [c, p] of dropLinks) {
      if (c === keep) continue;
      links.get(c)!.delete(drop);
      link(keep, c, p);
    }
    if (!label.get(keep) && label.get(drop)) label.set(keep, label.get(drop)!);
  };
  items.forEach((it, i) => {
    if (it.label) label.set(i, it.label);
  });
  const first = new Map<string, number>();
  pairs.forEach(([i, j], p) => link(i, j, probability(features[p])));
  items.forEach((it, i) => {
    if (!it.label) return;
    const g = first.get(it.label);
    if (g === undefined) first.set(it.label, i);
    else merge(g, i);
  });

  // Max-heap of average linkages (stored negated), checked against the current sizes when popped.
  const heap = new LinkHeap();
  const push = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const sa = members.get(x)!.length,
      sb = members.get(y)!.length;
    heap.push(-links.get(x)!.get(y)! / (sa * sb), x, y, sa, sb);
  };
  for (const [a, m] of links) for (const b of m.keys()) if (a < b) push(a, b);
  const top: Link = { key: 0, a: 0, b: 0, sizeA: 0, sizeB: 0 };
  while (heap.pop(top)) {
    const { key: negAvg, a, b, sizeA: sa, sizeB: sb } = top;
    if (-negAvg < threshold) break;
    if (!members.has(a) || !members.has(b) || members.get(a)!.length !== sa || members.get(b)!.length !== sb) continue;
    const la = label.get(a),
      lb = label.get(b);
    if (la && lb && la !== lb) continue;
    merge(a, b);
    for (const c of links.get(a)!.keys()) push(a, c);
  }
  return group;
}
