// Golden files for what users see: each chart's `.vl.json` and normalised SVG, built from the
// fixture tables, compared with test/golden/charts. On a mismatch the new output is written
// beside the golden file as `<name>-changed.<ext>` (git-ignored) to inspect; UPDATE_GOLDEN=1
// rewrites the golden files.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chartSpecs } from '../../charts/index.ts';
import { renderChart } from '../../charts/renderCharts.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions } from './fixtureTables.ts';
import { normaliseSvg } from './normaliseSvg.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'charts');
const update = process.env.UPDATE_GOLDEN === '1';
const specs = chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions());

function compare(file: string, actual: string) {
  const path = join(GOLDEN, file);
  const changed = path.replace(/(\.[a-z.]+)$/, '-changed$1');
  if (update || !existsSync(path)) writeFileSync(path, actual);
  const expected = readFileSync(path, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  assert.unreachable(`${file} differs from its golden file; see ${changed} (UPDATE_GOLDEN=1 to accept)`);
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
