// Golden files for what users see: each chart's `.vl.json` and normalised SVG, built from the
// fixture tables, compared with test/golden/charts. On a mismatch the new output is written
// beside the golden file as `<name>-changed.<ext>` (git-ignored) to inspect; UPDATE_GOLDEN=1
// rewrites the golden files; a missing golden file fails when CI is set (../compareGolden.ts).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { chartSpecs } from '../../charts/index.ts';
import { renderChart } from '../../charts/renderCharts.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions } from './fixtureTables.ts';
import { normaliseSvg } from './normaliseSvg.ts';
import { compareGolden } from '../compareGolden.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'charts');
const specs = chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions());

function compare(file: string, actual: string) {
  const { ok, message } = compareGolden(join(GOLDEN, file), actual);
  assert.ok(ok, message);
}

for (const chart of specs) {
  test(`${chart.name}.vl.json matches its golden file`, () => {
    compare(`${chart.name}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
  });

  test(`${chart.name}.svg matches its golden file (normalised)`, async () => {
    const { svg } = await renderChart(chart, { width: 1920, height: 1080 });
    compare(`${chart.name}.svg`, normaliseSvg(svg));
  });
}

test('normalising renumbers ids and their references, and rounds numbers', () => {
  const svg =
    '<svg><defs><clipPath id="clip7"><rect width="10.04"/></clipPath></defs><g clip-path="url(#clip7)" transform="translate(0.25,-0.01)"/></svg>';
  assert.is(
    normaliseSvg(svg),
    '<svg>\n<defs>\n<clipPath id="id0">\n<rect width="10"/>\n</clipPath>\n</defs>\n<g clip-path="url(#id0)" transform="translate(0.3,0)"/>\n</svg>\n',
  );
});

test.run();
