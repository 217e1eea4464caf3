// Round shares for a colour legend, from 0 to the largest share shown.

/** Four or five round shares from 0 to `max`: [0, 0.1, 0.2, 0.3] for 0.38. */
export function legendTicks(max: number): number[] {
  const step = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25].find((s) => max / s <= 5) ?? 0.25;
  const ticks: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return ticks;
}
