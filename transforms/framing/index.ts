// STUB (owner: framing engineer): replace with the real comparison.
import * as aq from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Extraction } from '../Extraction.ts';
import type { Comparison } from '../Comparison.ts';
import { FRAMING_SALIENCE, FRAMING_VOICES, FRAMING_LABELS, FRAMING_FRAMES, DISTINCTIVE_TERMS, REUSE, ALIGNMENT, OMISSIONS, toTable } from '../schema/index.ts';
export function framing(_extraction: Extraction, _codebook: Codebook): Comparison {
  return {
    framing_salience: toTable(FRAMING_SALIENCE, []), framing_voices: toTable(FRAMING_VOICES, []), framing_labels: toTable(FRAMING_LABELS, []),
    framing_frames: toTable(FRAMING_FRAMES, []), distinctive_terms: toTable(DISTINCTIVE_TERMS, []), reuse: toTable(REUSE, []),
    alignment: toTable(ALIGNMENT, []), omissions: toTable(OMISSIONS, []), dominant_frames: aq.table({ article_id: [], dominant_frame: [] }),
  };
}
