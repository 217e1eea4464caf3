// One readable key per proposal text, shared by the rows of every article that state it: rows are
// grouped across the whole corpus by the TF-IDF cosine of their key terms (greedy average link,
// most similar pairs first), and each group is named by its characteristic content words
// ("joint-command-centre-jordan", keyName.ts). Deterministic: ties break on row order and on the words.
//
// Near-linear: rows with the same key terms (wire copy reprinted by several outlets) are one
// point with a weight; only points that share a term are compared, through an inverted index
// (terms in more than MAX_SHARE of the points, too common to tell proposals apart, open no
// comparison); and the average link of two groups is the dot product of their summed vectors
// (the vectors are unit length), so merging never loops over members. Groups from different
// events merge only above a stricter threshold.
import { keyTerms } from './keyTerms.ts';
import { keyName, nameTerms } from './keyName.ts';

export const SAME_PROPOSAL = 0.15;
/** Across events the same words more often name a different proposal (the ceasefire of one
 *  round of talks and the ceasefire of the next): a stricter threshold. */
export const SAME_PROPOSAL_ACROSS_EVENTS = 0.35;
const MAX_SHARE = 0.05;
const MIN_POSTINGS = 50;

type Vector = Map<string, number>;

/** Who proposes to whom in a row; both known, or the row sets no constraint. */
export interface Roles {
  proposer: string;
  addressee: string;
}

/** Two groups that hold rows of crossed or different parties ("Kim invites Putin" and "Putin
 *  invites Kim") state different proposals, however alike their words: neither the proposer nor
 *  the addressee is the same. */
function conflicting(a: Set<string>, b: Set<string>): boolean {
  for (const x of a)
    for (const y of b) {
      const [p, q] = x.split('>'),
        [r, t] = y.split('>');
      if (p !== r && q !== t) return true;
    }
  return false;
}

/** `events[i]` is the event of row i (empty: no event known, compared as within); `roles[i]` its
 *  proposer and addressee. */
export function sameProposalKeys(
  texts: string[],
  names?: Parameters<typeof keyTerms>[1],
  events: string[] = [],
  roles: Roles[] = [],
): string[] {
  // Wire copy repeats summaries word for word: each distinct text is read once.
  const seen = new Map<string, ReturnType<typeof keyTerms>>();
  const docs = texts.map((t) => {
    let d = seen.get(t);
    if (!d) {
      d = keyTerms(t, names);
      seen.set(t, d);
    }
    return d;
  });
  // 1. Rows with the same terms are one point (identical rows always belong together, whatever
  //    their events: their cosine is 1).
  const pointOf = new Map<string, number>();
  const points: { terms: (typeof docs)[number]; rows: number[]; events: Set<string> }[] = [];
  const rowPoint = docs.map((d, i) => {
    const sig = d
      .map((t) => t.stem)
      .sort()
      .join(' ');
    let p = pointOf.get(sig);
    if (p === undefined) {
      p = points.length;
      pointOf.set(sig, p);
      points.push({ terms: d, rows: [], events: new Set() });
    }
    points[p].rows.push(i);
    points[p].events.add(events[i] ?? '');
    return p;
  });
  // 2. TF-IDF unit vectors, document frequencies counted over rows.
  const df = new Map<string, number>();
  for (const d of docs) for (const s of new Set(d.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  const vectors: Vector[] = points.map(({ terms }) => {
    const v: Vector = new Map();
    const weight = new Map<string, number>();
    for (const { stem, weight: k } of terms) {
      v.set(stem, (v.get(stem) ?? 0) + 1);
      weight.set(stem, Math.max(weight.get(stem) ?? 0, k));
    }
    let norm = 0;
    for (const [s, c] of v) {
      const w = weight.get(s)! * (1 + Math.log(c)) * Math.log(1 + n / (df.get(s) ?? 1));
      v.set(s, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [s, w] of v) v.set(s, w / norm);
    return v;
  });
  // 3. Candidate pairs through an inverted index of the points' terms.
  const postings = new Map<string, number[]>();
  vectors.forEach((v, p) => {
    for (const s of v.keys()) {
      const l = postings.get(s) ?? [];
      l.push(p);
      postings.set(s, l);
    }
  });
  const maxPostings = Math.max(MIN_POSTINGS, Math.ceil(points.length * MAX_SHARE));
  const pairs: [number, number, number][] = [];
  vectors.forEach((v, p) => {
    const dot = new Map<number, number>();
    for (const [s, w] of v) {
      const list = postings.get(s)!;
      if (list.length > maxPostings) continue;
      for (const q of list) if (q > p) dot.set(q, (dot.get(q) ?? 0) + w * vectors[q].get(s)!);
    }
    for (const [q, sim] of dot) if (sim >= SAME_PROPOSAL) pairs.push([sim, p, q]);
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  // 4. Greedy average link over weighted points.
  const group = points.map((_, p) => p);
  const size = points.map((pt) => pt.rows.length);
  const sum: Vector[] = vectors.map((v, p) => scaled(v, size[p]));
  const members = new Map<number, number[]>(points.map((_, p) => [p, [p]]));
  const eventsOf = points.map((pt) => pt.events);
  const rolesOf = points.map(
    (pt) =>
      new Set(
        pt.rows
          .map((i) => roles[i])
          .filter((r) => r?.proposer && r.addressee && r.proposer !== r.addressee)
          .map((r) => `${r.proposer}>${r.addressee}`),
      ),
  );
  for (const [, p, q] of pairs) {
    const a = group[p],
      b = group[q];
    if (a === b) continue;
    const together = [...eventsOf[a]].some((e) => e === '' || eventsOf[b].has(e)) || eventsOf[b].has('');
    if (dot(sum[a], sum[b]) / (size[a] * size[b]) < (together ? SAME_PROPOSAL : SAME_PROPOSAL_ACROSS_EVENTS)) continue;
    if (conflicting(rolesOf[a], rolesOf[b])) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    for (const k of members.get(drop)!) group[k] = keep;
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
    for (const [s, w] of sum[drop]) sum[keep].set(s, (sum[keep].get(s) ?? 0) + w);
    size[keep] += size[drop];
    for (const e of eventsOf[drop]) eventsOf[keep].add(e);
    for (const r of rolesOf[drop]) rolesOf[keep].add(r);
  }
  // 5. Names from each group's characteristic content words (keyName.ts).
  const keyOf = new Map<number, string>();
  const used = new Set<string>();
  const idf = (stem: string) => Math.log(1 + n / (df.get(stem) ?? 1));
  for (const [g, ms] of [...members].sort((x, y) => x[0] - y[0])) {
    keyOf.set(
      g,
      keyName(
        nameTerms(
          ms.map((p) => ({ terms: points[p].terms, rows: points[p].rows.length })),
          idf,
        ),
        used,
      ),
    );
  }
  return rowPoint.map((p) => keyOf.get(group[p])!);
}

function scaled(v: Vector, k: number): Vector {
  const out: Vector = new Map();
  for (const [s, w] of v) out.set(s, w * k);
  return out;
}

function dot(a: Vector, b: Vector): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) s += w * (big.get(k) ?? 0);
  return s;
}
