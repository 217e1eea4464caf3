// STUB (owner: charts engineer): replace with the renderer.
import type { ChartSpec, RenderedChart } from './RenderedChart.ts';
export async function renderCharts(_specs: ChartSpec[], _outDir: string, _size: { width: number; height: number }): Promise<RenderedChart[]> {
  return [];
}
