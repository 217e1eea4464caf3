// Vega-Lite spec → SVG, headless: Vega's View with no renderer, text measured with Inter.
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compileSpec } from './compileSpec.ts';
import { installTextMetrics } from './installTextMetrics.ts';
import { collectingLogger } from './collectingLogger.ts';

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
  /** Warnings of the Vega-Lite compiler and of the Vega runtime. */
  warnings: string[];
}

export async function renderSvg(spec: TopLevelSpec): Promise<RenderedSvg> {
  installTextMetrics();
  const { vega: compiled, warnings } = compileSpec(spec);
  const logger = collectingLogger();
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    logger: logger as unknown as vega.LoggerInterface,
  });
  // Gradient and clip ids restart for every chart, so that a chart's SVG does not depend on
  // what was rendered before it in the same process.
  vega.resetSVGDefIds();
  const svg = await view.toSVG();
  view.finalize();
  return { svg, ...sizeOf(svg), warnings: [...warnings, ...logger.messages] };
}

/** The width and height attributes of the root <svg> element. */
export function sizeOf(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0))
    throw new Error(
      `Vega produced an SVG without a size (width ${width}, height ${height}): a width or height in the spec is missing, zero or not a number`,
    );
  return { width, height };
}
