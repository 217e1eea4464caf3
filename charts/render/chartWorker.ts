// A piscina worker for renderCharts: one chart spec in, its SVG and PNG out. Vega and resvg load
// once per worker; every chart renders the same in any worker (renderSvg resets Vega's ids).
import type { ChartSpec } from '../RenderedChart.ts';
import { renderChart, type ChartImages } from '../renderCharts.ts';

export default function run(task: { chart: ChartSpec; size: { width: number; height: number } }): Promise<ChartImages> {
  return renderChart(task.chart, task.size);
}
