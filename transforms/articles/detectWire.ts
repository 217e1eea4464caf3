// The news agency the text credits for the story. Credits come in two kinds, tried in this order:
//   story credits: a credit line ("AFP", "(AFP)", "[Reuters]", "- AFP"), a header dateline
//     ("AFP , Thursday 14 Jul 2016"), a dash dateline ("BEIRUT – Agence France-Presse"), a body dateline ("MOSCOW (AFP) -", "BEIRUT, July 14
//     (Reuters) -"), a byline ("By John Smith (AP)", "By Reuters Staff"), a source line
//     ("Source: AFP", "With AFP"), a contribution note ("Reuters contributed to this report"), a
//     credit after the last full stop of a paragraph ("... he said. (AFP)");
//   photo credits: "(Photo: Reuters)", "AFP Photo", "(AFP/File)", and the credit closing a caption
//     ("File photo shows John Kerry (AFP)", "Kerry in Moscow [AFP]").
// A story credit wins over a photo credit; within a kind, the first in the text wins. An agency
// the text only mentions ("told the Associated Press") is no credit.
import type { Line } from './blocks.ts';
import { agencyPattern, agencyNamed, type WireAgency } from './wireAgencies.ts';

export type CreditKind = 'story' | 'photo';
export interface WireCredit {
  wire: string;
  kind: CreditKind;
  line: number;
  parser: string;
}

interface CreditParser {
  name: string;
  kind: CreditKind;
  pattern: (a: string) => RegExp;
  where?: (line: number, lines: number) => boolean;
}

const DASH = '[-\\u2013\\u2014]';
const B = (a: string) => `(?<![\\p{L}\\p{N}])${a}(?![\\p{L}\\p{N}])`;
/** A partner before the agency in a credit: "NNN-XINHUA", "UrduPoint News / Sputnik". */
const PARTNER = '(?:[\\p{L} ]{1,30}?\\s*[-/]\\s*)?';
const PHOTO = '(?:photo|photos|photograph|picture|pic|image|file photo|file|credit)';

const PARSERS: CreditParser[] = [
  {
    name: 'credit-line',
    kind: 'story',
    // "AFP", "(AFP)", "- AFP", and a syndicator's "Agency (City)" ("Maghreb Arabe Presse (Rabat)")
    pattern: (a) =>
      new RegExp(
        `^(?:${DASH}\\s*)?(?:[(\\[]?\\s*${B(a)}\\s*[)\\]]?|${B(a)}\\s+\\(\\p{Lu}[\\p{L} .'-]{1,30}\\))\\.?$`,
        'u',
      ),
  },
  {
    name: 'header-dateline',
    kind: 'story',
    where: (i) => i < 8,
    pattern: (a) => new RegExp(`^${B(a)}\\s*[,|/\\u2022\\u00b7:]\\s*(?=.{0,60}\\d)(?!.*\\b${PHOTO}\\b).{1,80}$`, 'iu'),
  },
  // "BEIRUT – Agence France-Presse", "MOSCOW - AFP", "GENEVA, Sept 9 - Reuters": a place in capitals, a dash, the agency, and nothing after.
  {
    name: 'dash-dateline',
    kind: 'story',
    pattern: (a) =>
      new RegExp(
        `^\\p{Lu}[\\p{Lu}\\p{M} .'/-]{1,40}(?:,\\s*[^.!?]{1,30})?\\s+${DASH}\\s*(?:the\\s+)?${B(a)}\\s*\\.?$`,
        'u',
      ),
  },
  {
    name: 'body-dateline',
    kind: 'story',
    // "REDWOOD CITY, Calif. (Reuters) –", "RABAT, Sept 9 (NNN-XINHUA) —", "WASHINGTON (UrduPoint News / Sputnik - 23rd January, 2023) US ..."
    pattern: (a) =>
      new RegExp(
        `^\\p{Lu}[^!?"\\u201c(\\[]{0,60}?[(\\[]\\s*${PARTNER}${B(a)}\\s*(?:${DASH}[^)\\]]{1,30})?[)\\]]\\s*(?:${DASH}|:|(?=\\p{Lu}))`,
        'u',
      ),
  },
  {
    name: 'byline',
    kind: 'story',
    pattern: (a) =>
      new RegExp(
        `^by\\s+(?:[^.!?]{0,60}?(?:,|\\||\\(|${DASH}|\\band)\\s*)?(?:the\\s+)?${B(a)}(?:\\s+(?:staff|correspondents?|reporters?|news|in\\s+\\p{Lu}\\p{L}+))?\\)?\\.?$`,
        'iu',
      ),
  },
  {
    name: 'source-line',
    kind: 'story',
    pattern: (a) =>
      new RegExp(
        `^[(\\[]?(?:source|sources|via|with|agencies)\\s*:?\\s*(?:the\\s+)?${B(a)}(?:\\s*(?:,|and|/)\\s*[^.!?]{0,40})?[)\\]]?\\.?$`,
        'iu',
      ),
  },
  {
    name: 'contribution',
    kind: 'story',
    pattern: (a) =>
      new RegExp(
        `(?:${B(a)}\\s+contributed\\s+(?:to\\s+)?(?:this|the)\\s+(?:report|story|article)|(?:additional\\s+)?reporting\\s+by\\s+${B(a)}(?!\\s+\\p{Lu}\\p{Ll}))`,
        'iu',
      ),
  },
  {
    name: 'closing-credit',
    kind: 'story',
    pattern: (a) =>
      new RegExp(
        `[.!?"\\u201d\\u2019]\\s*(?:[(\\[]\\s*${PARTNER}${B(a)}\\s*[)\\]]|${DASH}\\s*${PARTNER}${B(a)})\\s*$`,
        'u',
      ),
  },
  // "zc/rt (AFP, Reuters)": editors' initials, then the agencies (the first is the credit)
  {
    name: 'initials-credit',
    kind: 'story',
    pattern: (a) => new RegExp(`^\\p{Ll}{1,4}(?:/\\p{Ll}{1,4})*\\s*\\(\\s*${B(a)}(?:\\s*,\\s*[^)]{1,40})?\\)$`, 'u'),
  },
  // "... would be a day of mourning. REUTERS": the agency alone after the last sentence of the story
  {
    name: 'closing-name',
    kind: 'story',
    where: (i, n) => i === n - 1,
    pattern: (a) => new RegExp(`[.!?"\\u201d\\u2019]\\s+${B(a)}\\s*$`, 'u'),
  },
  {
    name: 'photo-credit',
    kind: 'photo',
    pattern: (a) =>
      new RegExp(
        `(?:\\bvia\\s+${B(a)}(?=\\s*(?:[,)\\]]|$))|\\b${PHOTO}\\s*:\\s*(?:[^.:]{0,60}?/\\s*)?${B(a)}\\s*[)\\]]?\\s*$|[\\p{L}.]/${B(a)}\\s*$|[.!?]\\s+${B(a)}\\s*$|[(\\[]\\s*${PHOTO}\\s*:?\\s*${B(a)}|${B(a)}\\s*(?:/\\s*\\p{L}[^)\\]]{0,40}|\\s+${PHOTO})\\s*[)\\]]|^${PHOTO}\\s*:\\s*${B(a)}|^${B(a)}\\s+${PHOTO}\\b)`,
        'iu',
      ),
  },
  {
    name: 'caption-credit',
    kind: 'photo',
    pattern: (a) => new RegExp(`[^.!?"\\u201d\\s]\\s*[(\\[]\\s*${B(a)}\\s*[)\\]]\\.?$`, 'u'),
  },
];

/** The parsers compiled for one list of agencies (the same list serves every article of a run). */
interface Compiled {
  exactForm: RegExp;
  parsers: (CreditParser & { re: RegExp })[];
}
const compiledFor = new WeakMap<readonly WireAgency[], Compiled>();

function compile(agencies: readonly WireAgency[]): Compiled {
  let c = compiledFor.get(agencies);
  if (!c) {
    const forms = agencyPattern(agencies);
    c = { exactForm: new RegExp(B(forms), 'u'), parsers: PARSERS.map((p) => ({ ...p, re: p.pattern(forms) })) };
    compiledFor.set(agencies, c);
  }
  return c;
}

export function detectWire(lines: readonly Line[], agencies: readonly WireAgency[]): WireCredit | null {
  const { exactForm, parsers: compiled } = compile(agencies);
  let photo: WireCredit | null = null;
  // The line count up to the last line with text: a closing credit stands on the story's last line.
  let last = lines.length;
  while (last > 0 && !lines[last - 1].text.trim()) last--;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    // Most lines name no agency at all. A credit needs the agency written in its own case (see the
    // look-up below), so the case-exact pattern, several times faster than the caseless one, is the test.
    if (!exactForm.test(text)) continue;
    for (const p of compiled) {
      if (p.where && !p.where(i, last)) continue;
      if (p.kind === 'photo' && photo) continue;
      const m = p.re.exec(text);
      const form = m && exactForm.exec(m[0])?.[1];
      const wire = form && agencyNamed(agencies, form);
      if (!wire) continue;
      const credit = { wire, kind: p.kind, line: i, parser: p.name };
      if (p.kind === 'story') return credit;
      photo = credit;
    }
  }
  return photo;
}
