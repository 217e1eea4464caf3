// The comparison tables of docs/CONTRACT.md (per event and outlet), plus the per-article dominant frame.
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
}
