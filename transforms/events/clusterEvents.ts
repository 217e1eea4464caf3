// Groups articles into events, greedily and deterministically: the most similar pairs first, two
// groups merging when every pair across them may be one event (same manifest event if any,
// published at most MAX_GAP_DAYS apart, reported days not apart) and their mean similarity reaches
// the mean of the pairs' thresholds. A pair that reports the same day, or was published the same
// day when it reports none, needs less similarity: the day already says much; a pair that reports
// days a day apart (talks past midnight, a two-day visit) needs a little less than one that says
// nothing.
import { cosines, type Vector } from './similarity.ts';
import { candidatePairs } from './candidatePairs.ts';
import { dayRelation } from './dayRelation.ts';
import type { ReportedDays } from './reportedDays.ts';

export interface EventCandidate {
  /** Manifest event label, '' when the manifest says nothing. */
  label: string;
  /** Publication day as epoch days, null when unknown. */
  day: number | null;
  vector: Vector;
  reported: ReportedDays;
}

/** Mean cosine at which two groups are one event. */
export const SAME_EVENT = 0.15;
/** Two articles that report the same day need less. */
export const SAME_DAY_EVENT = 0.08;
/** Two articles that report days a day apart. */
export const NEXT_DAY_EVENT = 0.12;
export const MAX_GAP_DAYS = 2;

interface Pair {
  sim: number;
  threshold: number;
}

export function clusterEvents(items: EventCandidate[]): number[] {
  const n = items.length;
  const group = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  // Manifest labels are groups from the start; a group's label is kept with it.
  const byLabel = new Map<string, number>();
  const labelOf = new Map<number, string>();
  items.forEach((it, i) => {
    if (!it.label) return;
    const g = byLabel.get(it.label);
    if (g === undefined) {
      byLabel.set(it.label, i);
      labelOf.set(i, it.label);
      return;
    }
    members.get(g)!.push(i);
    members.delete(i);
    group[i] = g;
  });
  // Candidate pairs whose days are not apart, their similarities computed together (see cosines).
  const kept: [number, number][] = [];
  const thresholds: number[] = [];
  for (const [i, j] of candidatePairs(items, MAX_GAP_DAYS)) {
    const a = items[i],
      b = items[j];
    const relation = dayRelation(a.reported, b.reported, a.day !== null && b.day !== null);
    if (relation === 'apart') continue;
    const sameDay = relation === 'shared' || (relation === 'unknown' && a.day !== null && a.day === b.day);
    kept.push([i, j]);
    thresholds.push(sameDay ? SAME_DAY_EVENT : relation === 'near' ? NEXT_DAY_EVENT : SAME_EVENT);
  }
  const sims = cosines(
    items.map((it) => it.vector),
    kept,
  );
  const pairs = new Map<number, Pair>();
  const edges: [number, number, number][] = [];
  kept.forEach(([i, j], p) => {
    const sim = sims[p];
    pairs.set(i * n + j, { sim, threshold: thresholds[p] });
    if (sim >= SAME_DAY_EVENT || (items[i].label && items[i].label === items[j].label)) edges.push([sim, i, j]);
  });
  edges.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairOf = (i: number, j: number) => pairs.get(i < j ? i * n + j : j * n + i);
  // A merge refused stays refused until one of the two groups grows: remembered with their sizes.
  const refused = new Map<number, number>();
  for (const [, i, j] of edges) {
    const a = group[i],
      b = group[j];
    if (a === b) continue;
    const ma = members.get(a)!,
      mb = members.get(b)!;
    const la = labelOf.get(a) ?? '',
      lb = labelOf.get(b) ?? '';
    if (la && lb && la !== lb) continue;
    const key = a < b ? a * n + b : b * n + a;
    const sizes = a < b ? ma.length * (n + 1) + mb.length : mb.length * (n + 1) + ma.length;
    if (refused.get(key) === sizes) continue;
    let sim = 0,
      threshold = 0,
      ok = true;
    for (const x of ma)
      for (const y of mb) {
        const p = pairOf(x, y);
        if (!p) {
          ok = false;
          break;
        }
        sim += p.sim;
        threshold += p.threshold;
      }
    if (!ok || sim < threshold) {
      refused.set(key, sizes);
      continue;
    }
    const [keep, drop] = a < b ? [a, b] : [b, a];
    for (const k of members.get(drop)!) group[k] = keep;
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
    if (la || lb) labelOf.set(keep, la || lb);
  }
  return group;
}
