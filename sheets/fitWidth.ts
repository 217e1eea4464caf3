// A column's width in characters from its header and the text of its first cells: wide enough
// for most of them, within MIN_WIDTH and MAX_WIDTH (longer text wraps or is cut at the edge).
export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;
/** Cells looked at: enough to see the column's usual length on a sheet of any size. */
const SAMPLE = 2000;

export interface FittedWidth {
  width: number;
  /** The longest sampled cell, in characters. */
  longest: number;
}

export function fitWidth(header: string, values: ArrayLike<unknown>, floor = MIN_WIDTH): FittedWidth {
  const lengths: number[] = [];
  for (let i = 0; i < Math.min(values.length, SAMPLE); i++) {
    const v = values[i];
    if (v == null) continue;
    lengths.push(
      typeof v === 'number' ? formattedLength(v) : Array.isArray(v) ? v.join('; ').length : String(v).length,
    );
  }
  lengths.sort((a, b) => a - b);
  // The 90th percentile, so that one long cell does not widen the column for all the others.
  const usual = lengths.length ? lengths[Math.floor((lengths.length - 1) * 0.9)] : 0;
  const longest = lengths.length ? lengths[lengths.length - 1] : 0;
  const width = Math.min(MAX_WIDTH, Math.max(floor, header.length + 4, usual + 2));
  return { width, longest };
}

/** Characters of a number shown with thousands separators and at most two decimals. */
function formattedLength(n: number): number {
  const whole = Math.trunc(Math.abs(n)).toString().length;
  return whole + Math.floor((whole - 1) / 3) + (Number.isInteger(n) ? 0 : 3) + (n < 0 ? 1 : 0);
}
