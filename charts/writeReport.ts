// report.html: one self-contained page with every chart, its title and a line on how to read it.
// The PNGs are inlined as data URIs (they carry the Inter rendering; an inlined SVG would fall
// back to whatever font the browser has), and there is no external CSS, script or font, so the
// page opens from the file system with no network.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedChart } from './RenderedChart.ts';
import { writeAtomic } from '../writers/writeAtomic.ts';

export async function writeReport(outDir: string, charts: RenderedChart[]): Promise<string> {
  const path = join(outDir, 'report.html');
  const figures: string[] = [];
  for (const chart of charts) figures.push(figure(chart, (await readFile(chart.png)).toString('base64')));
  await writeAtomic(path, page(figures));
  return path;
}

function figure(chart: RenderedChart, pngBase64: string): string {
  return `<figure id="${escape(chart.name)}">
<h2>${escape(chart.title)}</h2>
<p class="reading">${escape(chart.reading)}</p>
<img src="data:image/png;base64,${pngBase64}" width="${chart.width}" height="${chart.height}" alt="${escape(chart.title)}">
<figcaption>${escape(chart.name)}: <a href="charts/${encodeURIComponent(chart.name)}.png">PNG</a> · <a href="charts/${encodeURIComponent(chart.name)}.svg">SVG</a> · <a href="charts/${encodeURIComponent(chart.name)}.vl.json">Vega-Lite spec</a></figcaption>
</figure>`;
}

function page(figures: string[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Framebook charts</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1a1a1a; }
figure { margin: 0 0 3rem; }
h2 { font-size: 1.3rem; margin: 0 0 0.3rem; }
.reading { margin: 0 0 0.8rem; color: #4d4d4d; }
img { display: block; width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-size: 0.85rem; color: #4d4d4d; margin-top: 0.3rem; }
</style>
</head>
<body>
<h1>Framebook charts</h1>
<p>${figures.length} chart${figures.length === 1 ? '' : 's'}; each is also in the <code>charts</code> folder beside this page as PNG (for slides), SVG and Vega-Lite spec.</p>
${figures.join('\n')}
</body>
</html>
`;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
