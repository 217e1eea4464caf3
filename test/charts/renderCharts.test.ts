// The renderer's files: three per chart, PNGs of exactly the requested size, the same bytes on
// every run, text no smaller than 14 px on a 1080-px slide, and text actually drawn.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartSpecs } from '../../charts/index.ts';
import { renderCharts, renderChart } from '../../charts/renderCharts.ts';
import { rasterise } from '../../charts/render/rasterise.ts';
import { fitOnCanvas } from '../../charts/render/fitOnCanvas.ts';
import { renderSvg } from '../../charts/render/renderSvg.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions } from './fixtureTables.ts';
import { pngSize, decodePng, darkPixels } from './readPng.ts';

const specs = chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions());
const dir = mkdtempSync(join(tmpdir(), 'framebook-charts-'));

test('writes .vl.json, .svg and .png per chart under <out>/charts, PNGs 1920x1080', async () => {
  const rendered = await renderCharts(specs.slice(0, 3), dir, { width: 1920, height: 1080 });
  assert.is(rendered.length, 3);
  for (const chart of rendered) {
    assert.equal(
      chart.files,
      ['vl.json', 'svg', 'png'].map((e) => join(dir, 'charts', `${chart.name}.${e}`)),
    );
    for (const f of chart.files) assert.ok(existsSync(f), f);
    assert.equal(JSON.parse(readFileSync(chart.files[0], 'utf8')), chart.spec);
    assert.ok(readFileSync(chart.files[1], 'utf8').startsWith('<svg'));
    assert.equal(pngSize(readFileSync(chart.png)), { width: 1920, height: 1080 });
    assert.equal([chart.width, chart.height], [1920, 1080]);
  }
  assert.not.ok(existsSync(join(dir, 'charts', `${rendered[0].name}.png.tmp`)), 'no temporary file left');
});

test('another slide size is honoured exactly, including an odd aspect ratio', async () => {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1000, height: 1000 },
  ]) {
    const sized = chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions(size));
    const { png } = await renderChart(sized[0], size);
    assert.equal(pngSize(png), size);
  }
});

test('the same PNG and SVG bytes on two runs', async () => {
  for (const chart of [specs[0], specs[4]]) {
    const a = await renderChart(chart, { width: 1920, height: 1080 });
    const b = await renderChart(chart, { width: 1920, height: 1080 });
    assert.ok(a.png.equals(b.png), `${chart.name} PNG`);
    assert.is(a.svg, b.svg);
  }
});

for (const chart of specs) {
  test(`${chart.name}: no text smaller than 14 px once placed on a 1920x1080 slide, no problem reported`, async () => {
    const { minFontPx, problems } = await renderChart(chart, { width: 1920, height: 1080 });
    assert.ok(minFontPx >= 14, `${minFontPx}`);
    assert.equal(problems, []);
  });
}

test('the title is drawn: dark pixels in the title band, none once the text is taken out', async () => {
  const { svg, width, height } = await renderSvg(specs[0].spec);
  const top = (png: Buffer) => darkPixels(decodePng(png), 0, 120);
  const withText = top(rasterise(fitOnCanvas({ svg, width, height }, { width: 1920, height: 1080 }).svg));
  const noText = top(
    rasterise(
      fitOnCanvas({ svg: svg.replace(/<text\b[\s\S]*?<\/text>/g, ''), width, height }, { width: 1920, height: 1080 })
        .svg,
    ),
  );
  assert.ok(withText > 3000, `${withText} dark pixels with text`);
  assert.ok(noText < 50, `${noText} dark pixels without text`);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
