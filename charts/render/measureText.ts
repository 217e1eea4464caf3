// Text width measured with the font file that renders it: the sum of the glyph advances.
// opentype.js's own getAdvanceWidth runs the font's substitution tables and throws on Inter's
// (PITFALLS.md), and its kerning lookup finds nothing in Inter's GPOS table; so kerning is left
// out here and switched off when rendering (`font-kerning: none`, see fitOnCanvas.ts), which
// makes the measured and the rendered widths the same.
import { loadFont, type FontWeight } from './fonts.ts';

const cache = new Map<string, number>();

/** Width in px of `text` set in Inter at `fontSize` px. */
export function measureText(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const key = `${weight}|${text}`;
  let units = cache.get(key);
  if (units === undefined) {
    const font = loadFont(weight);
    units = 0;
    for (const ch of text) units += font.charToGlyph(ch).advanceWidth ?? 0;
    units /= font.unitsPerEm;
    cache.set(key, units);
  }
  return units * fontSize;
}
