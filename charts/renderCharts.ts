// Chart specs → files: `<outDir>/charts/<name>.vl.json` (the complete spec, data inlined, opens in
// the Vega editor), `.svg` (Vega's own rendering) and `.png` (the chart scaled to fit a white
// canvas of exactly `size`). Problems that do not stop a chart (a compiler warning, text smaller
// than 14 px on a 1080-px-high slide) are reported on stderr. With more than one job the charts
// render in a piscina pool (render/chartWorker.ts); files are written here, in spec order, so the
// output does not depend on the number of jobs.
import { Piscina } from 'piscina';
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
  jobs = 1,
): Promise<RenderedChart[]> {
  const dir = join(outDir, 'charts');
  await makeFolder(dir);
  const images = renderAll(specs, size, jobs);
  const rendered: RenderedChart[] = [];
  for (const [i, chart] of specs.entries()) {
    const { svg, png, problems } = await images(i);
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

/** Charts at least this many for each thread; fewer are all rendered here. */
const PER_THREAD = 4;

/**
 * The i-th chart's images. With `jobs` > 1 this thread renders every jobs-th chart and a pool of
 * jobs - 1 workers the others (each worker loads Vega and resvg: a few hundred MB), all at once.
 */
function renderAll(
  specs: ChartSpec[],
  size: { width: number; height: number },
  jobs: number,
): (i: number) => Promise<ChartImages> {
  const threads = Math.min(jobs, Math.floor(specs.length / PER_THREAD));
  if (threads <= 1) return (i) => renderChart(specs[i], size);
  const pool = new Piscina({
    filename: new URL('./render/chartWorker.mjs', import.meta.url).href,
    minThreads: threads - 1,
    maxThreads: threads - 1,
  });
  const pending = new Map<number, Promise<ChartImages>>();
  for (const [i, chart] of specs.entries())
    if (i % threads !== 0)
      pending.set(
        i,
        (pool.run({ chart, size }) as Promise<ChartImages>).then((r) => ({
          ...r,
          png: Buffer.from(r.png.buffer, r.png.byteOffset, r.png.byteLength),
        })),
      );
  void Promise.allSettled(pending.values()).then(() => pool.destroy());
  return (i) => pending.get(i) ?? renderChart(specs[i], size);
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
