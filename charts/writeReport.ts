// report.html: one page with every chart, its title and a line on how to read it. Up to
// INLINE_MAX charts the PNGs are inlined as data URIs (a self-contained page; they carry the Inter
// rendering, an inlined SVG would fall back to whatever font the browser has); past that the page
// links the PNG files beside it, so that it stays small. There is no external CSS, script or font,
// so the page opens from the file system with no network.
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RenderedChart } from './RenderedChart.ts';
import { writeAtomic } from '../writers/writeAtomic.ts';

/** More charts than this and the page links the PNG files instead of inlining them. */
export const INLINE_MAX = 12;

/** `notes`: lines shown under the heading (such as which events were not charted). */
export async function writeReport(outDir: string, charts: RenderedChart[], notes: string[] = []): Promise<string> {
  const path = join(outDir, 'report.html');
  const inline = charts.length <= INLINE_MAX;
  const figures: string[] = [];
  for (const chart of charts)
    figures.push(
      figure(
        chart,
        inline
          ? `data:image/png;base64,${(await readFile(chart.png)).toString('base64')}`
          : relative(outDir, chart.png).split(sep).map(encodeURIComponent).join('/'),
      ),
    );
  await writeAtomic(path, page(figures, inline, notes));
  return path;
}

function figure(chart: RenderedChart, src: string): string {
  return `<figure id="${escape(chart.name)}">
<h2>${escape(chart.title)}</h2>
<p class="reading">${escape(chart.reading)}</p>
<img src="${escape(src)}" width="${chart.width}" height="${chart.height}" alt="${escape(chart.title)}">
<figcaption>${escape(chart.name)}: <a href="charts/${encodeURIComponent(chart.name)}.png">PNG</a> · <a href="charts/${encodeURIComponent(chart.name)}.svg">SVG</a> · <a href="charts/${encodeURIComponent(chart.name)}.vl.json">Vega-Lite spec</a></figcaption>
</figure>`;
}

function page(figures: string[], inline: boolean, notes: string[]): string {
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
<p>${figures.length} chart${figures.length === 1 ? '' : 's'}; each is ${inline ? 'also ' : ''}in the <code>charts</code> folder beside this page as PNG (for slides), SVG and Vega-Lite spec${inline ? '' : ' (this page shows the PNG files: keep it beside that folder)'}.</p>
${notes.map((n) => `<p class="note">${escape(n)}</p>\n`).join('')}${figures.join('\n')}
</body>
</html>
`;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
