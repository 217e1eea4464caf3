// A colour-scale conditional format over a range: white to blue from low to high, or red, white
// and blue around zero when the scale runs from negative to positive (z-scores).
import type { Worksheet } from 'exceljs';
import { SCALE_HIGH, SCALE_LOW, SCALE_NEGATIVE } from './styles.ts';

export interface ScaleEnds {
  /** Fixed ends; the range's own min and max when absent. */
  min?: number;
  max?: number;
  /** Whether the values run from below zero to above it (decides the three-colour scale). */
  crossesZero: boolean;
}

export function colourScale(ws: Worksheet, ref: string, ends: ScaleEnds, priority: number): void {
  const low = ends.min == null ? { type: 'min' as const } : { type: 'num' as const, value: ends.min };
  const high = ends.max == null ? { type: 'max' as const } : { type: 'num' as const, value: ends.max };
  const rule = ends.crossesZero
    ? {
        type: 'colorScale' as const,
        priority,
        cfvo: [low, { type: 'num' as const, value: 0 }, high],
        color: [{ argb: SCALE_NEGATIVE }, { argb: SCALE_LOW }, { argb: SCALE_HIGH }],
      }
    : { type: 'colorScale' as const, priority, cfvo: [low, high], color: [{ argb: SCALE_LOW }, { argb: SCALE_HIGH }] };
  ws.addConditionalFormatting({ ref, rules: [rule] });
}

/** Whether numbers in `values` (or the fixed ends) run from below zero to above it. */
export function crossesZero(values: unknown[], min?: number, max?: number): boolean {
  // A loop, not Math.min(...values): a whole comparison sheet has more rows than a call has room for arguments.
  let lo = 0,
    hi = 0;
  for (const v of values)
    if (typeof v === 'number' && Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return (min ?? lo) < 0 && (max ?? hi) > 0;
}
