// The features of a pair of articles that the pair model (pairModel.ts) weighs to say whether they
// report one event: how much they share (TF-IDF cosines of their content terms, of their names and
// figures, and of their leads), how far apart they were published, and whether the days their
// leads report agree. Each is a plain number so that the model stays a weighted sum.
import { cosines, type Vector } from './similarity.ts';
import { dayRelation } from './dayRelation.ts';
import type { ReportedDays } from './reportedDays.ts';

/** Days between the closest days two articles report (weekdays when they are all one has). */
function reportedGap(a: ReportedDays, b: ReportedDays): number {
  let min = Infinity;
  for (const x of a.days) for (const y of b.days) min = Math.min(min, Math.abs(x - y));
  if (min < Infinity) return min;
  for (const x of a.weekdays)
    for (const y of b.weekdays) {
      const d = Math.abs(x - y);
      min = Math.min(min, d, 7 - d);
    }
  return min < Infinity ? min : 0;
}

export interface PairInput {
  /** Publication day as epoch days, null when unknown. */
  day: number | null;
  terms: Vector;
  names: Vector;
  lead: Vector;
  reported: ReportedDays;
}

/** Feature names, in the order of the model's weights. */
export const FEATURES = [
  'terms',
  'names',
  'lead',
  'gap',
  'undated',
  'same_day_reported',
  'days_apart_reported',
] as const;

/** One row of features per pair [i, j]. */
export function pairFeatures(items: PairInput[], pairs: readonly (readonly [number, number])[]): number[][] {
  const terms = cosines(
    items.map((it) => it.terms),
    pairs,
  );
  const names = cosines(
    items.map((it) => it.names),
    pairs,
  );
  const lead = cosines(
    items.map((it) => it.lead),
    pairs,
  );
  return pairs.map(([i, j], p) => {
    const a = items[i],
      b = items[j];
    const dated = a.day !== null && b.day !== null;
    const relation = dayRelation(a.reported, b.reported, dated);
    return [
      terms[p],
      names[p],
      lead[p],
      dated ? Math.log1p(Math.abs(a.day! - b.day!)) : 0,
      dated ? 0 : 1,
      relation === 'shared' ? 1 : 0,
      relation === 'apart' ? Math.log1p(reportedGap(a.reported, b.reported)) : 0,
    ];
  });
}
