// What the chart checks must catch: an invalid spec, a spec Vega-Lite warns about, a Vega runtime
// warning, and an event with nothing to draw.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../../charts/render/renderSvg.ts';
import { chartSpecs } from '../../charts/index.ts';
import { toTable, FRAMING_SALIENCE } from '../../transforms/schema/index.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions } from './fixtureTables.ts';
import { schemaErrors } from './validateSpec.ts';

test('the schema check rejects a misspelt mark and an unknown encoding channel', () => {
  assert.ok(schemaErrors({ data: { values: [] }, mark: 'barr', encoding: {} }).length > 0);
  assert.ok(schemaErrors({ data: { values: [] }, mark: 'bar', encoding: { colour: { field: 'a' } } }).length > 0);
});

test('compiler warnings are collected, not printed: layered bar and text sorted by -y', async () => {
  const spec = {
    data: {
      values: [
        { a: 'x', b: 1 },
        { a: 'y', b: 2 },
      ],
    },
    encoding: { x: { field: 'a', type: 'nominal', sort: '-y' }, y: { field: 'b', type: 'quantitative' } },
    layer: [{ mark: 'bar' }, { mark: 'text', encoding: { text: { field: 'b' } } }],
  } as TopLevelSpec;
  const { warnings } = await renderSvg(spec);
  assert.ok(warnings.length > 0, 'a warning');
});

test('runtime warnings are collected: a log scale over an empty domain', async () => {
  const spec = {
    data: { values: [{ a: 'x', b: 'not a number' }] },
    mark: 'point',
    encoding: { y: { field: 'a', type: 'nominal' }, x: { field: 'b', type: 'quantitative', scale: { type: 'log' } } },
  } as TopLevelSpec;
  const { warnings } = await renderSvg(spec);
  assert.ok(
    warnings.some((w) => /Infinite extent/.test(w)),
    warnings.join('\n'),
  );
});

test('an event with nothing to draw gets a chart that says so, not empty axes', async () => {
  const comparison = { ...fixtureComparison(), framing_salience: toTable(FRAMING_SALIENCE, []) };
  const spec = chartSpecs(fixtureExtraction(), comparison, fixtureCodebook(), fixtureOptions()).find(
    (s) => s.name === 'actor-salience',
  );
  assert.ok(spec);
  assert.ok(JSON.stringify(spec.spec).includes('No actor was mentioned in this event'));
  const { warnings } = await renderSvg(spec.spec);
  assert.equal(warnings, []);
});

test.run();
