// Floats are rounded to six decimals wherever a table is written, so that the same input gives
// the same bytes whatever the order of floating-point sums upstream, and CSV and workbook agree.

export function roundNumber(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return n;
  const r = Math.round(n * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}
