// The features of a pair of articles that the pair model (pairModel.ts) weighs to say whether they
// report one event: how much they share (TF-IDF cosines of their content terms, of their names and
// figures, and of their leads), how far apart they were published, and whether the days their
// leads report agree, whether they name different places, people or kinds of event, and how the
// pair's similarity ranks among each article's neighbours. Each is a plain number so that the model
// stays a weighted sum.
import { cosines, type Vector } from './similarity.ts';
import { reportedGap } from './dayRelation.ts';
import type { ReportedDays } from './reportedDays.ts';
import { kindFamilies } from './eventKinds.ts';

export interface PairInput {
  /** Publication day as epoch days, null when unknown. */
  day: number | null;
  terms: Vector;
  names: Vector;
  lead: Vector;
  reported: ReportedDays;
  /** Names of the body's lead (articleBags.ts). */
  leadNames: Set<string>;
  /** States the lead names (leadPlaces.ts). */
  places: Set<string>;
  /** Kinds of event the headline names (eventKinds.ts). */
  kinds: Set<string>;
  /** The lead marks its incident as a new one of its kind, or recalls a previous one (renewalMarker.ts). */
  renews: boolean;
}

/** Each set's members as numbers (one numbering for all), sorted: sets met in many pairs are merged, not looked up. */
function numberedSets(sets: readonly Set<string>[]): Int32Array[] {
  const ids = new Map<string, number>();
  return sets.map((set) => {
    const out = Int32Array.from(set, (x) => {
      let id = ids.get(x);
      if (id === undefined) ids.set(x, (id = ids.size));
      return id;
    });
    return out.sort();
  });
}

/** Members two sorted lists of numbers share. */
function shared(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] < b[y]) x++;
    else if (a[x] > b[y]) y++;
    else {
      n++;
      x++;
      y++;
    }
  }
  return n;
}

/** Share of the smaller set found in the other (0 when either is empty): corpus-independent. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
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
  'lead_names',
  'places_differ',
  'lead_names_disjoint',
  'terms_relative',
  'kinds_differ',
  'renewed_later',
  'terms_distant',
] as const;

/** Publication days between an earlier article and a later one that marks a renewal. */
export const RENEWAL_MIN_DAYS = 2;

/** 1 when the later of two articles, published days after the other, marks a renewal and the earlier does not. */
function renewedLater(a: PairInput, b: PairInput): number {
  if (a.day === null || b.day === null || a.renews === b.renews) return 0;
  const [later, earlier] = a.day > b.day ? [a, b] : [b, a];
  return later.renews && later.day! - earlier.day! >= RENEWAL_MIN_DAYS ? 1 : 0;
}

export const RELATIVE_FLOOR = 0.1;

/**
 * The `terms_relative` under which a pair shares too little content to be one event by default:
 * no pair of one event in the training stories has a `terms_relative` under 0.2.
 */
export const RELATIVE_NEAR = 0.2;

/** How far a pair's `terms_relative` lies under RELATIVE_NEAR, as a share of it: 1 at nothing shared, 0 from it up. */
const distant = (relativeTerms: number) => Math.max(0, 1 - relativeTerms / RELATIVE_NEAR);

/**
 * Each pair's cosine over the best cosine either article reaches among the pairs compared, the
 * smaller of the two: 1 when each is the other's nearest neighbour, near 0 when one of them has far
 * closer neighbours. Scale-free: it does not drop when a folder of one story lowers every cosine.
 * A best under RELATIVE_FLOOR counts as the floor: in a folder of two unrelated articles each is
 * the other's nearest, and that says nothing.
 */
function relative(values: ArrayLike<number>, pairs: readonly (readonly [number, number])[], n: number): number[] {
  const best = new Float64Array(n).fill(RELATIVE_FLOOR);
  pairs.forEach(([i, j], p) => {
    best[i] = Math.max(best[i], values[p]);
    best[j] = Math.max(best[j], values[p]);
  });
  return pairs.map(([i, j], p) => (values[p] > 0 ? Math.min(values[p] / best[i], values[p] / best[j]) : 0));
}

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
  const termsRelative = relative(terms, pairs, items.length);
  const leadNames = numberedSets(items.map((it) => it.leadNames));
  const families = items.map((it) => kindFamilies(it.kinds));
  return pairs.map(([i, j], p) => {
    const a = items[i],
      b = items[j];
    // Shared names over all the names of both (0 when either is empty): corpus-independent.
    const bothNamed = a.leadNames.size > 0 && b.leadNames.size > 0;
    const sharedNames = bothNamed ? shared(leadNames[i], leadNames[j]) : 0;
    // A state both leads name, whatever the form ("Greek MPs", "Greece"), is a name they share.
    const sharedPlace = overlap(a.places, b.places) > 0;
    const dated = a.day !== null && b.day !== null;
    const reported = reportedGap(a.reported, b.reported, dated);
    return [
      terms[p],
      names[p],
      lead[p],
      dated ? Math.log1p(Math.abs(a.day! - b.day!)) : 0,
      dated ? 0 : 1,
      reported === 0 ? 1 : 0,
      reported !== null && reported >= 2 ? Math.log1p(reported) : 0,
      bothNamed ? sharedNames / (a.leadNames.size + b.leadNames.size - sharedNames) : 0,
      a.places.size && b.places.size && !overlap(a.places, b.places) ? 1 : 0,
      bothNamed && !sharedNames && !sharedPlace ? 1 : 0,
      termsRelative[p],
      families[i].size && families[j].size && !overlap(families[i], families[j]) ? 1 : 0,
      renewedLater(a, b),
      distant(termsRelative[p]),
    ];
  });
}
