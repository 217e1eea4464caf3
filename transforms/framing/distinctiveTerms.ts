// distinctive_terms: the words and two-word phrases that set an outlet apart from the other
// outlets of the same event, scored by the weighted log-odds ratio with an informative Dirichlet
// prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", eq. 16 and 22):
//
//   α_w = corpus count of w, scaled so that α0 = Σ α_w = 1000 (docs/CONTRACT.md)
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

export interface DistinctiveTermsOptions {
  top?: number;
  prior?: number;
  significant?: number;
}

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

  // Terms by number; the corpus count of each; each event's rows, by outlet.
  const termIds = new Map<string, number>();
  const termOf = new Int32Array(n);
  const corpus: number[] = [];
  let corpusTotal = 0;
  const byEvent = new Map<string, Map<string, number[]>>();
  for (let r = 0; r < n; r++) {
    let t = termIds.get(terms[r]);
    if (t === undefined) {
      termIds.set(terms[r], (t = corpus.length));
      corpus.push(0);
    }
    termOf[r] = t;
    corpus[t] += count[r];
    corpusTotal += count[r];
    let byOutlet = byEvent.get(events[r]);
    if (!byOutlet) byEvent.set(events[r], (byOutlet = new Map()));
    const rows = byOutlet.get(outlets[r]);
    if (rows) rows.push(r);
    else byOutlet.set(outlets[r], [r]);
  }

  // z of each row, event by event: the event's count of each term is summed in a shared array
  // (cleared after the event), and each outlet's total from its rows.
  const z = new Float64Array(n);
  const eventCount = new Float64Array(corpus.length);
  for (const byOutlet of byEvent.values()) {
    if (byOutlet.size <= 1) continue;
    let total = 0;
    const outletTotal = new Map<string, number>();
    for (const [outlet, rows] of byOutlet) {
      let sum = 0;
      for (const r of rows) {
        sum += count[r];
        eventCount[termOf[r]] += count[r];
      }
      outletTotal.set(outlet, sum);
      total += sum;
    }
    for (const [outlet, rows] of byOutlet) {
      const nI = outletTotal.get(outlet) as number;
      const nJ = total - nI;
      for (const r of rows) {
        const alpha = (corpus[termOf[r]] * a0) / corpusTotal;
        const yI = count[r];
        const yJ = eventCount[termOf[r]] - count[r];
        const delta = Math.log((yI + alpha) / (nI + a0 - yI - alpha)) - Math.log((yJ + alpha) / (nJ + a0 - yJ - alpha));
        const variance = 1 / (yI + alpha) + 1 / (yJ + alpha);
        z[r] = delta / Math.sqrt(variance);
      }
    }
    for (const rows of byOutlet.values()) for (const r of rows) eventCount[termOf[r]] = 0;
  }

  const out = {
    event_id: [] as string[],
    outlet: [] as string[],
    term: [] as string[],
    count: [] as number[],
    z: [] as number[],
  };
  const byZ = (a: number, b: number) => z[b] - z[a] || codeUnitOrder(terms[a], terms[b]);
  for (const event of [...byEvent.keys()].sort(codeUnitOrder)) {
    const byOutlet = byEvent.get(event) as Map<string, number[]>;
    if (byOutlet.size <= 1) continue;
    for (const outlet of [...byOutlet.keys()].sort(codeUnitOrder)) {
      const group = byOutlet.get(outlet) as number[];
      // A row is kept when it ranks among the top or its |z| is significant. When at least `top`
      // rows are significantly high, the top ones are among them, and only the kept rows need
      // sorting; their order is the one a sort of the whole group gives them.
      let high = 0;
      for (const r of group) if (z[r] > significant) high++;
      const kept =
        high >= top
          ? group.filter((r) => Math.abs(z[r]) > significant).sort(byZ)
          : group.sort(byZ).filter((r, i) => i + 1 <= top || Math.abs(z[r]) > significant);
      for (const r of kept) {
        out.event_id.push(events[r]);
        out.outlet.push(outlets[r]);
        out.term.push(terms[r]);
        out.count.push(count[r]);
        out.z.push(z[r]);
      }
    }
  }
  return aq.table(out).select(...DISTINCTIVE_TERMS.names);
}
