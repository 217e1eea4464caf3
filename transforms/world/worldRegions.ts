// The world's regions and subregions as the world-countries package names them ("Africa",
// "Northern Africa", "Western Asia", "Eastern Europe"): the names news sites give their sections.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

const require = createRequire(import.meta.url);

let cached: string[] | undefined;
export function worldRegions(): string[] {
  const countries: Country[] = require('world-countries');
  return (cached ??= [...new Set(countries.flatMap((c) => [c.region, c.subregion]).filter((r): r is string => !!r))]);
}
