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
import { keyName, nameTerms } from './keyName.ts';
import { keyVectors, dot, type Vector } from './keyVectors.ts';
import { proposalCore, coresAgree } from './proposalCore.ts';
import { renewedProposal } from './renewedProposal.ts';

export const SAME_PROPOSAL = 0.15;
/** Across events the same words more often name a different proposal (the ceasefire of one
 *  round of talks and the ceasefire of the next): a stricter threshold. */
export const SAME_PROPOSAL_ACROSS_EVENTS = 0.35;
/** Two rows of one article join one group only when they restate one proposal: this alike, or
 *  sharing a core term (proposalCore.ts). */
export const RESTATED = 0.5;
const MAX_SHARE = 0.05;
const MIN_POSTINGS = 50;

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
 *  proposer and addressee; `apart[i]` a label rows that state different proposals share (the
 *  parts of one coordination: "agreed to resume talks and work to curb exports"), or empty;
 *  `articles[i]` the article of row i; `parties[i]` the actors row i's sentence names, its
 *  proposer and addressee included (none known: no constraint). */
export function sameProposalKeys(
  texts: string[],
  names?: Parameters<typeof keyVectors>[1],
  events: string[] = [],
  roles: Roles[] = [],
  apart: string[] = [],
  articles: string[] = [],
  parties: string[][] = [],
): string[] {
  // 1-2. Rows of one event with the same terms are one point (identical rows of one event belong
  //    together: their cosine is 1), with a TF-IDF unit vector (keyVectors.ts).
  const { points, rowPoint, vectors, idf } = keyVectors(texts, names, events);
  const eventsOf = points.map((pt) => new Set(pt.rows.map((i) => events[i] ?? '')));
  const cores = points.map((pt) => proposalCore(pt.terms));
  const articlesOf = points.map((pt) => new Set(pt.rows.map((i) => articles[i] ?? '').filter(Boolean)));
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
    const shared = new Map<number, number>();
    for (const [s, w] of v) {
      const list = postings.get(s)!;
      if (list.length > maxPostings) continue;
      for (const q of list) if (q > p) shared.set(q, (shared.get(q) ?? 0) + w * vectors[q].get(s)!);
    }
    for (const [q, sim] of shared) if (sim >= SAME_PROPOSAL && coresAgree(cores[p], cores[q])) pairs.push([sim, p, q]);
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  // 4. Greedy average link over weighted points.
  const group = points.map((_, p) => p);
  const size = points.map((pt) => pt.rows.length);
  const sum: Vector[] = vectors.map((v, p) => scaled(v, size[p]));
  const members = new Map<number, number[]>(points.map((_, p) => [p, [p]]));
  const rolesOf = points.map(
    (pt) =>
      new Set(
        pt.rows
          .map((i) => roles[i])
          .filter((r) => r?.proposer && r.addressee && r.proposer !== r.addressee)
          .map((r) => `${r.proposer}>${r.addressee}`),
      ),
  );
  // A row that calls its proposal new ("a new ceasefire") is not the proposal of another event.
  const renewed = points.map((pt) => pt.rows.some((i) => renewedProposal(texts[i])));
  // Who a group's rows name as proposer, addressee or in their words: the same words in another
  // event name the same proposal only between some of the same parties (the ceasefire of Gaza is
  // not the ceasefire of Minsk).
  const partiesOf = points.map((pt) => new Set(pt.rows.flatMap((i) => parties[i] ?? [])));
  const apartOf = points.map((pt) => new Set(pt.rows.map((i) => apart[i] ?? '').filter(Boolean)));
  /** Complete link within an article: one article states two proposals in different words and
   *  restates one in words of the same core, so a group takes a row only if it restates every row
   *  of its article the group holds (a shared core term, or alike at RESTATED). */
  const restated = (a: number[], b: number[]) =>
    a.every((p) =>
      b.every(
        (q) =>
          ![...articlesOf[p]].some((x) => articlesOf[q].has(x)) ||
          coresAgree(cores[p], cores[q]) ||
          dot(vectors[p], vectors[q]) >= RESTATED,
      ),
    );
  for (const [, p, q] of pairs) {
    const a = group[p],
      b = group[q];
    if (a === b) continue;
    const together = [...eventsOf[a]].some((e) => e === '' || eventsOf[b].has(e)) || eventsOf[b].has('');
    if (dot(sum[a], sum[b]) / (size[a] * size[b]) < (together ? SAME_PROPOSAL : SAME_PROPOSAL_ACROSS_EVENTS)) continue;
    if (!together && (renewed[a] || renewed[b] || strangers(partiesOf[a], partiesOf[b]))) continue;
    if (conflicting(rolesOf[a], rolesOf[b])) continue;
    if ([...apartOf[a]].some((x) => apartOf[b].has(x))) continue;
    if (!restated(members.get(a)!, members.get(b)!)) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    for (const k of members.get(drop)!) group[k] = keep;
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
    for (const [s, w] of sum[drop]) sum[keep].set(s, (sum[keep].get(s) ?? 0) + w);
    size[keep] += size[drop];
    for (const e of eventsOf[drop]) eventsOf[keep].add(e);
    for (const r of rolesOf[drop]) rolesOf[keep].add(r);
    for (const x of apartOf[drop]) apartOf[keep].add(x);
    renewed[keep] ||= renewed[drop];
    for (const x of partiesOf[drop]) partiesOf[keep].add(x);
  }
  // 5. Names from each group's characteristic content words (keyName.ts).
  const keyOf = new Map<number, string>();
  const used = new Set<string>();
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

/** Two groups that both name parties and share none. */
function strangers(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
}

function scaled(v: Vector, k: number): Vector {
  const out: Vector = new Map();
  for (const [s, w] of v) out.set(s, w * k);
  return out;
}
