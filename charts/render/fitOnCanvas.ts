// Places a chart's SVG, scaled to fit and centred, on a white canvas of exactly the slide size.
// Faceted and concatenated charts thus need no `autosize: fit` (Vega-Lite allows it only for
// single views). Kerning is switched off because the layout was measured without it
// (measureText.ts).

export interface Placed {
  /** The canvas SVG holding the chart. */
  svg: string;
  /** Scale applied to the chart. */
  scale: number;
  /** Smallest font size in the chart after scaling, in canvas px. */
  minFontPx: number;
}

export function fitOnCanvas(
  chart: { svg: string; width: number; height: number },
  canvas: { width: number; height: number },
): Placed {
  const scale = Math.min(canvas.width / chart.width, canvas.height / chart.height);
  const dx = round((canvas.width - chart.width * scale) / 2);
  const dy = round((canvas.height - chart.height * scale) / 2);
  const inner = chart.svg.replace(/^<\?xml[^>]*>\s*/, '');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${canvas.width}" height="${canvas.height}" viewBox="0 0 ${canvas.width} ${canvas.height}">` +
    `<rect width="${canvas.width}" height="${canvas.height}" fill="white"/>` +
    `<g style="font-kerning:none" transform="translate(${dx},${dy}) scale(${round(scale)})">${inner}</g></svg>`;
  return { svg, scale: round(scale), minFontPx: minFontSize(chart.svg) * round(scale) };
}

/** The smallest `font-size` set on any element of an SVG, in px (Infinity when it has no text). */
export function minFontSize(svg: string): number {
  let min = Infinity;
  for (const m of svg.matchAll(/font-size="([\d.]+)(?:px)?"/g)) min = Math.min(min, Number(m[1]));
  return min;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
