// The side-by-side tables the per-event Outlets sheets lay out, one row per event and outlet (or
// per item and outlet): the grouping itself, what each outlet ran, the casualty figures and
// proposals as each outlet worded them (and the largest figure of each kind each cites), and how
// much wording each shares with the others.
import type { ColumnTable } from 'arquero';
import type { Extraction } from '../Extraction.ts';
import type { Comparison } from '../Comparison.ts';
import { coverage } from './coverage.ts';
import { figuresByOutlet } from './figuresByOutlet.ts';
import { largestFigures } from './largestFigures.ts';
import { proposalsByOutlet } from './proposalsByOutlet.ts';
import { reuseByOutlet } from './reuseByOutlet.ts';
import { sentencesByStatus } from './sentencesByStatus.ts';

export type OutletTables = Pick<
  Comparison,
  | 'article_outlets'
  | 'coverage'
  | 'figures_by_outlet'
  | 'largest_figures'
  | 'proposals_by_outlet'
  | 'reuse_by_outlet'
  | 'sentences_by_status'
>;

/** `outlets`: the output of articleOutlets; `reuse` and `alignment`: the comparison's tables. */
export function outletTables(
  extraction: Extraction,
  outlets: ColumnTable,
  reuse: ColumnTable,
  alignment: ColumnTable,
): OutletTables {
  const figures = figuresByOutlet(extraction.casualties, outlets);
  return {
    article_outlets: outlets,
    coverage: coverage(extraction.articles, outlets),
    figures_by_outlet: figures,
    largest_figures: largestFigures(figures),
    proposals_by_outlet: proposalsByOutlet(extraction.proposals, outlets),
    reuse_by_outlet: reuseByOutlet(reuse, outlets),
    sentences_by_status: sentencesByStatus(alignment, outlets),
  };
}
