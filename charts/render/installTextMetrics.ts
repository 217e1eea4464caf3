// Plugs the real font's widths into Vega's layout. Without it Vega (with no `canvas` package)
// guesses 0.8 × font size per character and mis-sizes axes and legends (PITFALLS.md).
import * as vega from 'vega';
import { measureText } from './measureText.ts';
import { weightOf } from './fonts.ts';

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}
interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

/**
 * Vega truncates a label longer than its `limit` by calling this same function on the full text
 * and on prefixes. Returning at most `limit` keeps that working (a text as wide as the limit is
 * cut, as with a canvas) while the bounds of a cut label stay within the limit.
 */
function width(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const value = text == null ? '' : String(text).trim();
  if (size <= 0 || !value) return 0;
  const w = measureText(value, size, weightOf(item.fontWeight));
  const limit = Number(item.limit);
  return limit > 0 && w >= limit ? limit : w;
}

/** Replaces Vega's text width estimate by the Inter measurer, once per process. */
export function installTextMetrics(): void {
  const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  metrics.width = width;
}
