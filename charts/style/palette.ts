// Colour-blind-safe colours (Okabe and Ito, 2008) and the colour of each outlet: the codebook's
// `outlets` sheet wins (`colour` column); outlets without one take the palette in order.
import type { Codebook } from '../../transforms/codebook/Codebook.ts';

/** Okabe-Ito, reordered so that the first colours are the most distinct on white; yellow last. */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

/**
 * The palette of outlets: Okabe-Ito with its yellow darkened to an ochre, since an outlet's
 * colour also draws thin ticks and pale bands on white, where the pure yellow all but vanishes
 * (contrast 1.2:1; the ochre has about 3:1).
 */
export const OUTLET_PALETTE = [...OKABE_ITO.slice(0, 7), '#A89A00'] as const;

/** A grey for "no value" categories (an unrated label, an unknown status). */
export const NEUTRAL_GREY = '#8C8C8C';

export interface ColourScale {
  domain: string[];
  range: string[];
}

/**
 * The colour of every outlet of the corpus: outlets in the codebook's order first, then the
 * others alphabetically, so an outlet keeps its colour from chart to chart and run to run.
 */
export function outletColours(codebook: Codebook, outlets: readonly string[]): Map<string, string> {
  const present = new Set(outlets);
  const listed = codebook.outlets.filter((o) => present.has(o.outlet));
  const known = new Set(listed.map((o) => o.outlet));
  const order = [...listed.map((o) => o.outlet), ...[...present].filter((o) => !known.has(o)).sort()];
  const given = new Map(listed.filter((o) => o.colour.trim()).map((o) => [o.outlet, o.colour.trim()]));
  const colours = new Map<string, string>();
  let next = 0;
  for (const outlet of order) colours.set(outlet, given.get(outlet) ?? OUTLET_PALETTE[next++ % OUTLET_PALETTE.length]);
  return colours;
}

/** A Vega-Lite scale for categories in a fixed order, taking the palette colours in turn. */
export function categoricalScale(domain: readonly string[], palette: readonly string[] = OKABE_ITO): ColourScale {
  return { domain: [...domain], range: domain.map((_, i) => palette[i % palette.length]) };
}

/** The scale of the given outlets, with their corpus-wide colours. */
export function outletScale(colours: ReadonlyMap<string, string>, outlets: readonly string[]): ColourScale {
  return { domain: [...outlets], range: outlets.map((o) => colours.get(o) ?? NEUTRAL_GREY) };
}

/** The text colour (near-black or white) with the higher WCAG contrast on a `#rrggbb` fill. */
export function inkOn(fill: string): 'white' | '#1a1a1a' {
  const m = /^#([0-9a-f]{6})$/i.exec(fill.trim());
  if (!m) return '#1a1a1a';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const dark = 0.0103; // relative luminance of #1a1a1a
  return 1.05 / (l + 0.05) > (l + 0.05) / (dark + 0.05) ? 'white' : '#1a1a1a';
}

/** A Vega expression true for the data whose `field` value has a fill that wants white text. */
export function whiteTextTest(field: string, scale: ColourScale): string {
  const values = scale.domain.filter((_, i) => inkOn(scale.range[i]) === 'white');
  return values.length ? `indexof(${JSON.stringify(values)}, datum[${JSON.stringify(field)}]) >= 0` : 'false';
}
