// Every chart renders for every shape of data (test/charts/shapeTables.ts): a valid spec, an
// SVG with a size, a PNG of the slide size, no warning, and either the event's rows or a
// sentence saying there is nothing to show, never empty axes or a crash.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chartSpecs } from '../../charts/index.ts';
import { renderChart } from '../../charts/renderCharts.ts';
import type { ChartSpec } from '../../charts/RenderedChart.ts';
import { fixtureCodebook, fixtureOptions } from './fixtureTables.ts';
import { SHAPES, shapeExtraction, shapeComparison } from './shapeTables.ts';
import { inlinedData } from './inlinedData.ts';
import { schemaErrors } from './validateSpec.ts';
import { pngSize } from './readPng.ts';

const SIZE = { width: 1920, height: 1080 };
const specsOf = (shape: string) =>
  chartSpecs(shapeExtraction(SHAPES[shape]), shapeComparison(SHAPES[shape]), fixtureCodebook(), fixtureOptions());

/** The sentence of a chart that has nothing to show, or null when it draws data. */
function nothingToShow(chart: ChartSpec): string | null {
  const body = (chart.spec as { vconcat?: { mark?: { text?: unknown } }[] }).vconcat?.[0];
  return typeof body?.mark?.text === 'string' ? body.mark.text : null;
}

/** The outlets a chart's subtitle names ("Event x · 2 outlets: A, B. ..."). */
function subtitleOutlets(chart: ChartSpec): string[] {
  const subtitle = ((chart.spec as { title?: { subtitle?: string[] } }).title?.subtitle ?? []).join(' ');
  const listed = /outlets?: (.*?)(?:\. |$)/.exec(subtitle)?.[1] ?? '';
  return listed.split(', ').filter(Boolean);
}

for (const shape of Object.keys(SHAPES)) {
  test(`${shape}: every chart is valid, renders at the slide size with no problem, and draws rows or says why not`, async () => {
    const specs = specsOf(shape);
    assert.is(specs.length, 9, 'nine charts');
    for (const chart of specs) {
      assert.equal(schemaErrors(chart.spec), [], chart.name);
      const { png, problems } = await renderChart(chart, SIZE);
      assert.equal(pngSize(png), SIZE, chart.name);
      assert.equal(problems, [], chart.name);
      const rows = inlinedData(chart.spec)
        .flat()
        .filter((r) => Object.keys(r).length > 0);
      const message = nothingToShow(chart);
      assert.ok(rows.length > 0 !== (message !== null), `${chart.name}: ${rows.length} rows, message ${message}`);
      const outlets = subtitleOutlets(chart);
      assert.ok(
        outlets.length > 0 && outlets.every((o) => o.trim()),
        `${chart.name}: subtitle names its outlets (${outlets})`,
      );
      for (const r of rows)
        if (typeof r.outlet === 'string')
          assert.ok(outlets.includes(r.outlet), `${chart.name}: ${r.outlet} in ${outlets}`);
    }
  });
}

test('one event, one article: reuse and distinctive terms say there is nothing to compare; the others draw its rows', () => {
  const byName = new Map(specsOf('one event, one article').map((c) => [c.name, c]));
  for (const name of ['text-reuse', 'distinctive-terms'])
    assert.match(nothingToShow(byName.get(name) as ChartSpec) ?? '', /one outlet|two articles/i, name);
  for (const name of ['actor-salience', 'voices', 'labels', 'casualty-figures', 'timeline', 'proposals', 'frames'])
    assert.is(nothingToShow(byName.get(name) as ChartSpec), null, name);
});

test('an outlet with no mentions keeps its column in the salience heatmap, as grey cells', () => {
  const chart = specsOf('an outlet with no mentions').find((c) => c.name === 'actor-salience') as ChartSpec;
  assert.equal(subtitleOutlets(chart), ['ABC News', 'Reuters', 'TASS']);
  const body = (chart.spec as { vconcat: { encoding: { x: { sort: string[] } } }[] }).vconcat[0];
  assert.equal(body.encoding.x.sort, ['ABC News', 'Reuters', 'TASS']);
});

test('an article with no outlet and no event is charted under its own id, as the comparison tables group it', () => {
  const specs = specsOf('an article with no outlet and no event');
  assert.equal(specs.map((c) => c.name).slice(0, 2), ['actor-salience', 'voices']);
  for (const c of specs) assert.equal(subtitleOutlets(c), ['notes'], c.name);
  assert.match(JSON.stringify(specs[0].spec.title), /Article notes \(in no event\)/);
});

test('the timeline close-up cuts bands at its edges: no band reaches outside the window', () => {
  const chart = specsOf('a year referred to far from publication').find((c) => c.name === 'timeline') as ChartSpec;
  const panels = inlinedData(chart.spec);
  const closeUp = panels.filter((rows) => rows.some((r) => r.period_start === '2016-08-22'));
  assert.ok(closeUp.length > 0, 'a close-up starting three weeks before publication');
  for (const rows of closeUp)
    for (const r of rows)
      if (r.period_start)
        assert.ok(r.period_start >= '2016-08-22' && (r.period_end as string) <= '2016-10-04', JSON.stringify(r));
  assert.ok(
    panels.flat().some((r) => r.value === '2011' && r.period_start === '2011-01-01'),
    'the overview keeps the whole year',
  );
});

test('no article, no chart', () => {
  assert.equal(
    chartSpecs(
      shapeExtraction({ articles: [] }),
      shapeComparison({ articles: [] }),
      fixtureCodebook(),
      fixtureOptions(),
    ),
    [],
  );
});

test.run();
