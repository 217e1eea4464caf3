// The comparison tables of docs/CONTRACT.md (per event and outlet), plus the per-article dominant
// frame and the side-by-side tables the per-event Outlets sheets lay out (not written as CSV).
import type { ColumnTable } from 'arquero';

export interface Comparison {
  framing_salience: ColumnTable;
  framing_voices: ColumnTable;
  framing_labels: ColumnTable;
  framing_frames: ColumnTable;
  distinctive_terms: ColumnTable;
  reuse: ColumnTable;
  alignment: ColumnTable;
  omissions: ColumnTable;
  /** article_id, dominant_frame: shown on the Articles sheet. */
  dominant_frames: ColumnTable;
  /** article_id, event_id, outlet: the grouping every measure shares (articleOutlets). */
  article_outlets: ColumnTable;
  /** Per event and outlet: its articles, headlines, dates, wires and words (coverage). */
  coverage: ColumnTable;
  /** Per event, casualty figure and outlet: how the outlet worded it (figuresByOutlet). */
  figures_by_outlet: ColumnTable;
  /** Per event, casualty kind and outlet: the largest figure it cites (largestFigures). */
  largest_figures: ColumnTable;
  /** Per event, proposal and outlet: how the outlet reported it (proposalsByOutlet). */
  proposals_by_outlet: ColumnTable;
  /** Per article and compared outlet: the highest containment (reuseByOutlet). */
  reuse_by_outlet: ColumnTable;
  /** Per event, alignment status and outlet: a count of sentences (sentencesByStatus). */
  sentences_by_status: ColumnTable;
}
