// SVG → PNG with resvg, text drawn with the bundled Inter files only: no system font is loaded,
// so a chart renders the same on a machine with no fonts installed, and a family resvg cannot
// find falls back to Inter instead of silently dropping the text.
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from './fonts.ts';

export function rasterise(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    background: 'white',
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
