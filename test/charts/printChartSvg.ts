// Prints the SVG of one fixture chart (its name is the first argument): run by timeZone.test.ts
// in child processes with different TZ settings.
import { chartSpecs } from '../../charts/index.ts';
import { renderChart } from '../../charts/renderCharts.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions } from './fixtureTables.ts';

const chart = chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions()).find(
  (c) => c.name === process.argv[2],
);
if (!chart) throw new Error(`no chart ${process.argv[2]}`);
const { svg } = await renderChart(chart, { width: 1920, height: 1080 });
process.stdout.write(svg);
