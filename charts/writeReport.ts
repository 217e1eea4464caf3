// STUB (owner: charts engineer): replace with report.html.
import { join } from 'node:path';
import type { RenderedChart } from './RenderedChart.ts';
export async function writeReport(outDir: string, _charts: RenderedChart[]): Promise<string> {
  return join(outDir, 'report.html');
}
