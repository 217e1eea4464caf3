// PLACEHOLDER (owner: framing engineer): the per-event `Outlets` comparison sheets, one blocks
// sheet per event. workbookSpec.ts appends whatever this returns after the comparison sheets.
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { BlocksSheet } from './SheetSpec.ts';

export function outletsSheets(_extraction: Extraction, _comparison: Comparison, _codebook: Codebook): BlocksSheet[] {
  return [];
}
