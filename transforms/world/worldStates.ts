// Every state and common territory, from the world-countries package (names, official names,
// other spellings, ISO codes, demonyms, capitals), with the English forms news copy uses that the
// package lacks (data/names.json). Only Latin-script names are kept, codes of two letters only
// where news copy uses them ("US"), and no inverted forms ("Korea, Republic of").
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { WorldActor } from './WorldActor.ts';
import { peopleNoun } from './peopleNoun.ts';

const require = createRequire(import.meta.url);
const countries: Country[] = require('world-countries');
const names: {
  extraNames: Record<string, string[]>;
  extraAdjectives: Record<string, string[]>;
  extraSeats: Record<string, string[]>;
  notMetonym: string[];
} = require('./data/names.json');
const { extraNames, extraAdjectives, extraSeats } = names;
const notMetonym = new Set(names.notMetonym);
/** Seats of government other than capitals ("Kremlin", "White House", "Pentagon"). */
export const SEATS = new Set(Object.values(extraSeats).flat());

const latin = /^[A-Za-z\u00C0-\u00FF][A-Za-z\u00C0-\u00FF\s.'\u2019()-]*$/;
/** Nouns after an adjective of nationality that name the state's government or forces. */
export const STATE_NOUNS = ['government', 'authorities', 'army', 'military', 'forces', 'troops'] as const;

function usableName(name: string, country: Country): boolean {
  if (!latin.test(name) || name.includes(',')) return false;
  if (name === country.cca2 || name === country.cca3 || name === country.cioc) return false;
  return name.length > 2;
}

function stateOf(country: Country, sharedAdjectives: Set<string>): WorldActor {
  const name = country.name.common;
  const demonyms = demonymsOf(country).filter((d) => !sharedAdjectives.has(d));
  const adjectives = unique([...demonyms, ...(extraAdjectives[country.cca2] ?? [])]);
  const capitals = (country.capital ?? [])
    .flatMap((c) => [c, c.replace(/ D\.C\.$/, '')])
    .filter((c) => latin.test(c) && !notMetonym.has(c))
    .concat(extraSeats[country.cca2] ?? []);
  const aliases = unique(
    [
      name,
      country.name.official,
      ...country.altSpellings.filter((n) => usableName(n, country)),
      ...(extraNames[country.cca2] ?? []),
      ...adjectives.flatMap((adj) => STATE_NOUNS.map((noun) => `${adj} ${noun}`)),
    ].filter((n) => latin.test(n)),
  );
  return {
    name,
    type: 'state',
    aliases,
    adjectives,
    capitals: unique(capitals),
    iso3: country.cca3,
    wire: '',
    people: unique(demonyms.map(peopleNoun).filter((p): p is string => !!p)),
  };
}

function demonymsOf(country: Country): string[] {
  return unique([country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => !!d && latin.test(d)));
}

/**
 * Demonyms several entries share ("French" for France and its territories, "Congolese" for both
 * Congos): they stay with the one independent state among them, and with none when there are
 * several (the text then needs the state's name).
 */
function sharedDemonyms(list: Country[]): Set<string> {
  const holders = new Map<string, Country[]>();
  for (const c of list) for (const d of demonymsOf(c)) holders.set(d, [...(holders.get(d) ?? []), c]);
  const shared = new Set<string>();
  for (const [d, cs] of holders)
    if (cs.length > 1)
      for (const c of cs)
        if (!(c.independent && cs.filter((x) => x.independent).length === 1)) shared.add(`${c.cca2}:${d}`);
  return shared;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

let cached: WorldActor[] | undefined;
/** The states and territories, in the package's order (by ISO code). */
export function worldStates(): WorldActor[] {
  if (cached) return cached;
  const list = countries.filter((c) => c.cca2 !== 'AQ');
  const shared = sharedDemonyms(list);
  return (cached = list.map((c) => stateOf(c, new Set(demonymsOf(c).filter((d) => shared.has(`${c.cca2}:${d}`))))));
}
