// The news agencies a text may credit, each under the short name `articles.wire` records, with
// the ways credits write it. They live in one place, the world layer's media (world/data/media.json:
// the entries with `wire: true`, recorded under their `credit` short name, else their name).
// Acronyms match in capitals only ("AP", not "ap"). The codebook's outlets of kind `wire` add
// agencies this list lacks (under their codebook name).
import type { Codebook } from '../codebook/Codebook.ts';
import { worldBodies } from '../world/worldBodies.ts';

export interface WireAgency {
  name: string;
  forms: string[];
}

export const WIRE_AGENCIES: readonly WireAgency[] = worldBodies()
  .filter((b) => b.type === 'media' && b.wire)
  .map((b) => ({ name: b.wire, forms: [...new Set([b.wire, ...b.aliases])] }));

const forCodebook = new WeakMap<object, WireAgency[]>();

/** The built-in agencies plus the codebook's wire outlets that none of them covers (once per codebook). */
export function wireAgencies(codebook: Pick<Codebook, 'outlets'>): WireAgency[] {
  let agencies = forCodebook.get(codebook.outlets);
  if (!agencies) forCodebook.set(codebook.outlets, (agencies = agenciesOf(codebook)));
  return agencies;
}

function agenciesOf(codebook: Pick<Codebook, 'outlets'>): WireAgency[] {
  const known = new Set(WIRE_AGENCIES.flatMap((a) => a.forms.map((f) => f.toLowerCase())));
  const extra = codebook.outlets
    .filter((o) => o.kind.trim().toLowerCase() === 'wire')
    .filter((o) => ![o.outlet, ...o.aliases].some((n) => known.has(n.trim().toLowerCase())))
    .map((o) => ({ name: o.outlet, forms: [o.outlet, ...o.aliases].map((n) => n.trim()).filter(Boolean) }));
  return [...WIRE_AGENCIES, ...extra];
}

/** One regular expression source matching any form of any agency, longest forms first. */
export function agencyPattern(agencies: readonly WireAgency[]): string {
  const forms = agencies.flatMap((a) => a.forms).sort((a, b) => b.length - a.length);
  return `(${forms.map(escape).join('|')})`;
}

/** The agency a matched form names. */
export function agencyNamed(agencies: readonly WireAgency[], form: string): string | null {
  return agencies.find((a) => a.forms.includes(form))?.name ?? null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
