// Chart specs → files: `<outDir>/charts/<name>.vl.json` (the complete spec, data inlined, opens in
// the Vega editor), `.svg` (Vega's own rendering) and `.png` (the chart scaled to fit a white
// canvas of exactly `size`). Problems that do not stop a chart (a compiler warning, text smaller
// than 14 px on a 1080-px-high slide) are reported on stderr.
import { makeFolder } from '../writers/makeFolder.ts';
import { join } from 'node:path';
import type { ChartSpec, RenderedChart } from './RenderedChart.ts';
import { renderSvg } from './render/renderSvg.ts';
import { fitOnCanvas } from './render/fitOnCanvas.ts';
import { rasterise } from './render/rasterise.ts';
import { writeAtomic } from '../writers/writeAtomic.ts';
import { MIN_FONT_PX } from './style/theme.ts';

export async function renderCharts(
  specs: ChartSpec[],
  outDir: string,
  size: { width: number; height: number },
): Promise<RenderedChart[]> {
  const dir = join(outDir, 'charts');
  await makeFolder(dir);
  const rendered: RenderedChart[] = [];
  for (const chart of specs) {
    const { svg, png, problems } = await renderChart(chart, size);
    for (const p of problems) process.stderr.write(`framebook: chart ${chart.name}: ${p}\n`);
    const paths = ['vl.json', 'svg', 'png'].map((ext) => join(dir, `${chart.name}.${ext}`));
    // writeAtomic returns where it wrote: beside a file another program holds open, if need be.
    const files = [
      await writeAtomic(paths[0], `${JSON.stringify(chart.spec, null, 2)}\n`),
      await writeAtomic(paths[1], svg),
      await writeAtomic(paths[2], png),
    ];
    rendered.push({ ...chart, files, png: files[2], width: size.width, height: size.height });
  }
  return rendered;
}

export interface ChartImages {
  svg: string;
  png: Buffer;
  scale: number;
  minFontPx: number;
  problems: string[];
}

/** One chart's SVG and PNG, in memory, with what went wrong on the way. */
export async function renderChart(chart: ChartSpec, size: { width: number; height: number }): Promise<ChartImages> {
  let rendered;
  try {
    rendered = await renderSvg(chart.spec);
  } catch (error) {
    throw new Error(
      `chart ${chart.name} ("${chart.title}") could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const placed = fitOnCanvas(rendered, size);
  const problems = [...rendered.warnings];
  const floor = (MIN_FONT_PX * size.height) / 1080;
  if (placed.minFontPx < floor - 0.01)
    problems.push(
      `smallest text is ${placed.minFontPx.toFixed(1)} px once scaled to ${size.width}x${size.height} (wanted ${floor.toFixed(1)} px or more)`,
    );
  const svg = rendered.svg.replace(/^<svg\b/, '<svg style="font-kerning:none"');
  return { svg, png: rasterise(placed.svg), scale: placed.scale, minFontPx: placed.minFontPx, problems };
}
