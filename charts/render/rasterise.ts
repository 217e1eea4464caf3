// SVG → PNG with resvg. Text is drawn as outlines of the bundled Inter glyphs (outlineText.ts), so
// resvg needs no font: building its font database takes a fifth of a chart's time, on every call.
// The Inter files stay its only fonts (no system font is loaded, and they load only if some text
// were left): a chart renders the same on a machine with no fonts installed.
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from './fonts.ts';
import { outlineText } from './outlineText.ts';

export function rasterise(svg: string): Buffer {
  const resvg = new Resvg(outlineText(svg), {
    fitTo: { mode: 'original' },
    background: 'white',
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
