// Groups articles into events, greedily and deterministically: the most similar pairs first, two
// groups merging when the mean similarity of all their pairs reaches the threshold and nothing
// forbids it (two different manifest events; publication dates more than MAX_GAP_DAYS apart).
// Articles of different days whose leads report disjoint days weigh their similarity down: a
// follow-up a day later must say more of the same to be the same event.
import { cosine, type Vector } from './similarity.ts';

export interface EventCandidate {
  /** Manifest event label, '' when the manifest says nothing. */
  label: string;
  /** Publication day as epoch days, null when unknown. */
  day: number | null;
  vector: Vector;
  reportedDays: Set<string>;
}

/** Mean cosine at which two groups are one event. */
export const SAME_EVENT = 0.15;
/** Two articles published the same day need less: the date already says much. */
export const SAME_DAY_EVENT = 0.08;
export const MAX_GAP_DAYS = 2;
/** Weight on the similarity of articles of different days that report disjoint days. */
export const DISJOINT_DAYS_WEIGHT = 0.75;

export function clusterEvents(items: EventCandidate[]): number[] {
  const n = items.length;
  const group = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  // Manifest labels are groups from the start.
  const byLabel = new Map<string, number>();
  items.forEach((it, i) => {
    if (!it.label) return;
    const g = byLabel.get(it.label);
    if (g === undefined) { byLabel.set(it.label, i); return; }
    members.get(g)!.push(i); members.delete(i); group[i] = g;
  });
  const sim = new Map<string, number>();
  const edges: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (!compatible(items[i], items[j])) continue;
    const s = cosine(items[i].vector, items[j].vector) * (disjointDays(items[i], items[j]) ? DISJOINT_DAYS_WEIGHT : 1);
    sim.set(`${i},${j}`, s);
    if (s >= SAME_DAY_EVENT) edges.push([s, i, j]);
  }
  edges.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairSim = (i: number, j: number) => sim.get(i < j ? `${i},${j}` : `${j},${i}`);
  for (const [, i, j] of edges) {
    const a = group[i], b = group[j];
    if (a === b) continue;
    const ma = members.get(a)!, mb = members.get(b)!;
    const la = items[ma[0]].label || ma.map((k) => items[k].label).find(Boolean) || '';
    const lb = mb.map((k) => items[k].label).find(Boolean) || '';
    if (la && lb && la !== lb) continue;
    let total = 0, ok = true;
    for (const x of ma) for (const y of mb) {
      const s = pairSim(x, y);
      if (s === undefined) { ok = false; break; }
      total += s;
    }
    if (!ok || total / (ma.length * mb.length) < threshold(ma, mb, items)) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    for (const k of members.get(drop)!) group[k] = keep;
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
  }
  return group;
}

/** The lower same-day bar holds only when every article of both groups has that one day. */
function threshold(ma: number[], mb: number[], items: EventCandidate[]): number {
  const days = new Set([...ma, ...mb].map((k) => items[k].day));
  return days.size === 1 && !days.has(null) ? SAME_DAY_EVENT : SAME_EVENT;
}

function compatible(a: EventCandidate, b: EventCandidate): boolean {
  if (a.label && b.label) return a.label === b.label;
  if (a.day === null || b.day === null) return true;
  return Math.abs(a.day - b.day) <= MAX_GAP_DAYS;
}

function disjointDays(a: EventCandidate, b: EventCandidate): boolean {
  return a.day !== null && b.day !== null && a.day !== b.day && a.reportedDays.size > 0 && b.reportedDays.size > 0
    && ![...a.reportedDays].some((d) => b.reportedDays.has(d));
}
