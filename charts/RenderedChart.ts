// A chart spec as built from the tables, and the files the renderer wrote for it.
import type { TopLevelSpec } from 'vega-lite';

export interface ChartSpec {
  /** File stem: `actor-salience` or `actor-salience-<event>`. */
  name: string;
  title: string;
  /** One line on how to read it, for report.html and the workbook. */
  reading: string;
  spec: TopLevelSpec;
}

export interface RenderedChart extends ChartSpec {
  /** Paths of the .vl.json, .svg and .png files written. */
  files: string[];
  png: string;
  width: number;
  height: number;
}
