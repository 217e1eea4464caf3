// When a chart cannot be rendered, the error names the chart and says what is wrong with it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TopLevelSpec } from 'vega-lite';
import { renderChart } from '../../charts/renderCharts.ts';

test('a spec of zero width fails with the chart name and the size it got', async () => {
  const spec = {
    data: { values: [{ a: 1 }] },
    mark: 'bar',
    width: 0,
    height: 0,
    padding: 0,
    encoding: { x: { field: 'a', type: 'quantitative', axis: null } },
  } as TopLevelSpec;
  try {
    await renderChart(
      { name: 'voices-some-event', title: 'Who each outlet quotes', reading: '', spec },
      { width: 1920, height: 1080 },
    );
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, Error);
    assert.match((error as Error).message, /chart voices-some-event \("Who each outlet quotes"\)/);
    assert.match((error as Error).message, /without a size \(width 0/);
  }
});

test.run();
