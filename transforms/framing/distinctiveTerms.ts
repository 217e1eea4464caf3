// distinctive_terms: the words and two-word phrases that set an outlet apart from the other
// outlets of the same event, scored by the weighted log-odds ratio with an informative Dirichlet
// prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", eq. 16 and 22):
//
//   α_w = corpus count of w, scaled so that α0 = Σ α_w = 1000 (CONTRACT.md)
//   δ_w = log((y_i + α_w) / (n_i + α0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α0 − y_j − α_w))
//   σ²_w ≈ 1/(y_i + α_w) + 1/(y_j + α_w)        z_w = δ_w / σ_w
//
// with i the outlet, j the rest of its event (every other outlet pooled), y the term's count and
// n the total count of terms. Unigrams and bigrams share one vocabulary. The prior comes from the
// whole corpus, so a word every story uses ("syria") needs a large difference to stand out.
//
// Rows kept: for each (event, outlet), the terms the outlet used that rank among its `top`
// highest z (25 by default), plus any other term it used with |z| > 1.96 (a term it used
// markedly less than the rest of the event). An event with one outlet has nothing to compare
// against and gets no rows.
//
// Computed in plain code over the columns, with sums kept in maps: Arquero's multi-key joins
// took seconds on the half-million term rows of a thousand articles. The arithmetic is written
// exactly as the formulas above, so the z-scores are the same to the last bit.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DISTINCTIVE_TERMS } from '../schema/index.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';

export const PRIOR_TOTAL = 1000;
export const TOP_TERMS = 25;
export const Z_SIGNIFICANT = 1.96;

export interface DistinctiveTermsOptions { top?: number; prior?: number; significant?: number }

interface Scored { row: number; z: number }

/** Sums of one event: its total, each outlet's total, each term's count over its outlets. */
interface EventSums { total: number; outlets: Map<string, number>; terms: Map<string, number> }

/** `counts`: event_id, outlet, term, count (see termCounts). */
export function distinctiveTerms(counts: ColumnTable, options: DistinctiveTermsOptions = {}): ColumnTable {
  const a0 = options.prior ?? PRIOR_TOTAL;
  const top = options.top ?? TOP_TERMS;
  const significant = options.significant ?? Z_SIGNIFICANT;
  const events = counts.array('event_id') as string[];
  const outlets = counts.array('outlet') as string[];
  const terms = counts.array('term') as string[];
  const count = counts.array('count') as number[];
  const n = counts.numRows();

  let corpusTotal = 0;
  const corpus = new Map<string, number>();
  const sums = new Map<string, EventSums>();
  for (let r = 0; r < n; r++) {
    const y = count[r];
    corpusTotal += y;
    corpus.set(terms[r], (corpus.get(terms[r]) ?? 0) + y);
    let e = sums.get(events[r]);
    if (!e) sums.set(events[r], e = { total: 0, outlets: new Map(), terms: new Map() });
    e.total += y;
    e.outlets.set(outlets[r], (e.outlets.get(outlets[r]) ?? 0) + y);
    e.terms.set(terms[r], (e.terms.get(terms[r]) ?? 0) + y);
  }

  // Scored rows by event, then outlet.
  const groups = new Map<string, Map<string, Scored[]>>();
  for (let r = 0; r < n; r++) {
    const e = sums.get(events[r]) as EventSums;
    if (e.outlets.size <= 1) continue;
    const alpha = ((corpus.get(terms[r]) as number) * a0) / corpusTotal;
    const nI = e.outlets.get(outlets[r]) as number;
    const yI = count[r];
    const yJ = (e.terms.get(terms[r]) as number) - count[r];
    const nJ = e.total - nI;
    const delta = Math.log((yI + alpha) / (nI + a0 - yI - alpha)) - Math.log((yJ + alpha) / (nJ + a0 - yJ - alpha));
    const variance = 1 / (yI + alpha) + 1 / (yJ + alpha);
    let byOutlet = groups.get(events[r]);
    if (!byOutlet) groups.set(events[r], byOutlet = new Map());
    let group = byOutlet.get(outlets[r]);
    if (!group) byOutlet.set(outlets[r], group = []);
    group.push({ row: r, z: delta / Math.sqrt(variance) });
  }

  const out = { event_id: [] as string[], outlet: [] as string[], term: [] as string[], count: [] as number[], z: [] as number[] };
  const byZ = (a: Scored, b: Scored) => b.z - a.z || codeUnitOrder(terms[a.row], terms[b.row]);
  const groupOrder = [...groups.keys()].sort(codeUnitOrder).flatMap((event) => {
    const byOutlet = groups.get(event) as Map<string, Scored[]>;
    return [...byOutlet.keys()].sort(codeUnitOrder).map((outlet) => byOutlet.get(outlet) as Scored[]);
  });
  for (const group of groupOrder) {
    // A row is kept when it ranks among the top or its |z| is significant. When at least `top`
    // rows are significantly high, the top ones are among them, and only the kept rows need
    // sorting; their order is the one a sort of the whole group gives them.
    let high = 0;
    for (const s of group) if (s.z > significant) high++;
    const kept = high >= top ? group.filter((s) => Math.abs(s.z) > significant).sort(byZ) : group.sort(byZ).filter((s, i) => i + 1 <= top || Math.abs(s.z) > significant);
    for (const s of kept) {
      out.event_id.push(events[s.row]); out.outlet.push(outlets[s.row]); out.term.push(terms[s.row]); out.count.push(count[s.row]); out.z.push(s.z);
    }
  }
  return aq.table(out).select(...DISTINCTIVE_TERMS.names);
}
