// The news agencies a text may credit, each under the short name `articles.wire` records, with
// the ways credits write it. Acronyms match in capitals only ("AP", not "ap"). The codebook's
// outlets of kind `wire` add agencies this list lacks (under their codebook name).
import type { Codebook } from '../codebook/Codebook.ts';

export interface WireAgency {
  name: string;
  forms: string[];
}

export const WIRE_AGENCIES: readonly WireAgency[] = [
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Reuters', forms: ['Reuters', 'REUTERS', 'Thomson Reuters'] },
  { name: 'AP', forms: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'dpa', forms: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'Xinhua', forms: ['Xinhua', 'XINHUA'] },
  { name: 'ANSA', forms: ['ANSA'] },
  { name: 'EFE', forms: ['EFE'] },
  { name: 'Anadolu', forms: ['Anadolu', 'Anadolu Agency', 'AA'] },
  { name: 'TASS', forms: ['TASS', 'ITAR-TASS', 'Tass'] },
  { name: 'RIA', forms: ['RIA', 'RIA Novosti'] },
  { name: 'Interfax', forms: ['Interfax'] },
  { name: 'UPI', forms: ['UPI', 'United Press International'] },
  { name: 'Kyodo', forms: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', forms: ['Yonhap'] },
  { name: 'PTI', forms: ['PTI', 'Press Trust of India'] },
  { name: 'IANS', forms: ['IANS'] },
  { name: 'Bloomberg', forms: ['Bloomberg'] },
  { name: 'KUNA', forms: ['KUNA'] },
  { name: 'WAM', forms: ['WAM'] },
  { name: 'MENA', forms: ['MENA'] },
];

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
