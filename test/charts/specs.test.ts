// Every chart of the set, built from the fixture tables: valid against the Vega-Lite JSON schema,
// compiled and run by Vega without a warning, titled, footnoted, with Inter as its font.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chartSpecs, CHARTS } from '../../charts/index.ts';
import { renderSvg } from '../../charts/render/renderSvg.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions } from './fixtureTables.ts';
import { schemaErrors } from './validateSpec.ts';

const specs = chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions());

test('one chart per builder for a one-event corpus, named after the chart alone', () => {
  assert.equal(
    specs.map((s) => s.name),
    CHARTS.map((c) => c.name),
  );
  assert.equal(
    specs.map((s) => s.name),
    [
      'actor-salience',
      'voices',
      'labels',
      'casualty-figures',
      'timeline',
      'proposals',
      'frames',
      'distinctive-terms',
      'text-reuse',
    ],
  );
});

for (const chart of specs) {
  test(`${chart.name}: valid against the Vega-Lite JSON schema`, () => {
    assert.equal(schemaErrors(chart.spec), []);
  });

  test(`${chart.name}: compiles and renders without a warning`, async () => {
    const { warnings, width, height } = await renderSvg(chart.spec);
    assert.equal(warnings, []);
    assert.ok(width > 400 && height > 300, `${width}x${height}`);
  });

  test(`${chart.name}: title, reading line, footnote naming the corpus and its dates, Inter`, () => {
    assert.ok(chart.title.length > 10);
    assert.ok(chart.reading.length > 40);
    const json = JSON.stringify(chart.spec);
    assert.ok(json.includes('Corpus: sample-corpus · 3 articles published 14–15 July 2016'), 'footnote');
    assert.is((chart.spec as { config?: { font?: string } }).config?.font, 'Inter');
    assert.is((chart.spec as { $schema?: string }).$schema, 'https://vega.github.io/schema/vega-lite/v6.json');
  });
}

test.run();
