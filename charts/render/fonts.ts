// The one font every chart is measured and rendered with: Inter, shipped as TTF files by the
// @expo-google-fonts/inter npm package, so that no system font is needed and text looks the same
// on every machine. resvg cannot read woff2, hence the TTF files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';

/** The family name the chart config asks for; it must match the family inside the TTF files. */
export const FONT_FAMILY = 'Inter';

export type FontWeight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@expo-google-fonts/inter'));

/** Absolute paths of the TTF files, by weight. */
export const FONT_FILES: Record<FontWeight, string> = {
  regular: join(packageDir, '400Regular', 'Inter_400Regular.ttf'),
  bold: join(packageDir, '700Bold', 'Inter_700Bold.ttf'),
};

const parsed = new Map<FontWeight, opentype.Font>();

/** The parsed font of a weight, read once per process. */
export function loadFont(weight: FontWeight): opentype.Font {
  let font = parsed.get(weight);
  if (!font) {
    const bytes = readFileSync(FONT_FILES[weight]);
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    parsed.set(weight, font);
  }
  return font;
}

/** The weight file a CSS font-weight resolves to with only 400 and 700 loaded (CSS matching: 600 and up take the bold file). */
export function weightOf(fontWeight: unknown): FontWeight {
  if (fontWeight === 'bold' || fontWeight === 'bolder') return 'bold';
  const n = Number(fontWeight);
  return Number.isFinite(n) && n >= 600 ? 'bold' : 'regular';
}
