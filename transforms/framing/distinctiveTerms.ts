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
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import { DISTINCTIVE_TERMS } from '../schema/index.ts';

export const PRIOR_TOTAL = 1000;
export const TOP_TERMS = 25;
export const Z_SIGNIFICANT = 1.96;

export interface DistinctiveTermsOptions { top?: number; prior?: number; significant?: number }

/** `counts`: event_id, outlet, term, count (see termCounts). */
export function distinctiveTerms(counts: ColumnTable, options: DistinctiveTermsOptions = {}): ColumnTable {
  const a0 = options.prior ?? PRIOR_TOTAL;
  const corpusTotal = counts.numRows() === 0 ? 0 : (counts.rollup({ n: (d: any) => op.sum(d.count) }).get('n', 0) as number);
  const prior = counts
    .groupby('term')
    .rollup({ corpus: (d: any) => op.sum(d.count) })
    .params({ a0, corpusTotal })
    .derive({ alpha: (d: any, $: any) => (d.corpus * $.a0) / $.corpusTotal })
    .select('term', 'alpha');
  const inEvent = counts.groupby('event_id', 'term').rollup({ y_event: (d: any) => op.sum(d.count) });
  const outletTotals = counts.groupby('event_id', 'outlet').rollup({ n_i: (d: any) => op.sum(d.count) });
  const eventTotals = counts.groupby('event_id').rollup({ n_event: (d: any) => op.sum(d.count), outlets: (d: any) => op.distinct(d.outlet) });
  return counts
    .join(prior, 'term')
    .join(inEvent, [['event_id', 'term'], ['event_id', 'term']])
    .join(outletTotals, [['event_id', 'outlet'], ['event_id', 'outlet']])
    .join(eventTotals, 'event_id')
    .filter((d: any) => d.outlets > 1)
    .params({ a0, top: options.top ?? TOP_TERMS, significant: options.significant ?? Z_SIGNIFICANT })
    .derive({ y_i: (d: any) => d.count, y_j: (d: any) => d.y_event - d.count, n_j: (d: any) => d.n_event - d.n_i })
    .derive({
      delta: (d: any, $: any) => op.log((d.y_i + d.alpha) / (d.n_i + $.a0 - d.y_i - d.alpha)) - op.log((d.y_j + d.alpha) / (d.n_j + $.a0 - d.y_j - d.alpha)),
      variance: (d: any) => 1 / (d.y_i + d.alpha) + 1 / (d.y_j + d.alpha),
    })
    .derive({ z: (d: any) => d.delta / op.sqrt(d.variance) })
    .groupby('event_id', 'outlet')
    .orderby(desc('z'), 'term')
    .derive({ rank: () => op.row_number() })
    .filter((d: any, $: any) => d.rank <= $.top || op.abs(d.z) > $.significant)
    .ungroup()
    .orderby('event_id', 'outlet', desc('z'), 'term')
    .select(...DISTINCTIVE_TERMS.names);
}
