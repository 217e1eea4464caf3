// Colour-blind-safe colours (Okabe and Ito, 2008) and the colour of each outlet: the codebook's
// `outlets` sheet wins (`colour` column); outlets without one take the palette in order.
import type { Codebook } from '../../transforms/codebook/Codebook.ts';

/** Okabe-Ito, reordered so that the first colours are the most distinct on white; yellow last. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'] as const;

/** A grey for "no value" categories (an unrated label, an unknown status). */
export const NEUTRAL_GREY = '#8C8C8C';

export interface ColourScale { domain: string[]; range: string[] }

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
  for (const outlet of order) colours.set(outlet, given.get(outlet) ?? OKABE_ITO[next++ % OKABE_ITO.length]);
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
