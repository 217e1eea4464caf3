// STUB (owner: charts engineer): replace with the chart set.
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { Options } from '../readers/options.ts';
import type { ChartSpec } from './RenderedChart.ts';
export function chartSpecs(_extraction: Extraction, _comparison: Comparison, _codebook: Codebook, _options: Options): ChartSpec[] {
  return [];
}
