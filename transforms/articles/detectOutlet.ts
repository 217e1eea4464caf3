// The outlet a page names in its header: a line that is one of the codebook's outlets or their
// aliases ("Ahram Online", "Expatica news", "english.ahram.org.eg"), or a line that names one in a
// few words ("Expatica | News"). Wire agencies are left to the wire credit: "AFP" at the top of
// a page credits the story, it does not name the site.
import type { Outlet } from '../codebook/Codebook.ts';

export interface OutletMatch {
  outlet: string;
  line: number;
}

/** Header lines naming the outlet are short; a longer line that names it is a sentence about it. */
const MAX_WORDS = 5;

interface OutletName {
  outlet: string;
  key: string;
  /** The key between spaces, as looked for in a line between spaces. */
  padded: string;
}

const namesCache = new WeakMap<readonly Outlet[], OutletName[]>();

/** Every name of every non-wire outlet, folded, longest first (once per codebook). */
function outletNames(outlets: readonly Outlet[]): OutletName[] {
  let names = namesCache.get(outlets);
  if (!names) {
    names = outlets
      .filter((o) => o.kind.trim().toLowerCase() !== 'wire')
      .flatMap((o) => [o.outlet, ...o.aliases].map((n) => ({ outlet: o.outlet, key: fold(n), padded: ` ${fold(n)} ` })))
      .filter((n) => n.key !== '')
      .sort((a, b) => b.key.length - a.key.length);
    namesCache.set(outlets, names);
  }
  return names;
}

export function codebookOutlet(lines: readonly string[], outlets: readonly Outlet[]): OutletMatch | null {
  const names = outletNames(outlets);
  for (let i = 0; i < lines.length; i++) {
    const key = fold(lines[i]);
    if (!key || key.split(' ').length > MAX_WORDS) continue;
    const padded = ` ${key} `;
    const hit = names.find((n) => key === n.key) ?? names.find((n) => namesWithExtras(key, padded, n));
    if (hit) return { outlet: hit.outlet, line: i };
  }
  return null;
}

/** "expatica news" names "expatica": the name plus words every outlet name may carry. */
function namesWithExtras(line: string, paddedLine: string, name: OutletName): boolean {
  const at = paddedLine.indexOf(name.padded);
  if (at < 0) return false;
  const rest = `${line.slice(0, at)} ${line.slice(at + name.key.length)}`.split(' ').filter(Boolean);
  return rest.every((w) => NAME_WORDS.has(w));
}

/** Lower-case words an outlet's name may carry ("Expatica news", "Ahram Online", "Asharq Al-Awsat"). */
const NAME_WORDS = new Set([
  'news',
  'online',
  'daily',
  'times',
  'post',
  'today',
  'the',
  'of',
  'and',
  'for',
  'al',
  'el',
  'de',
  'la',
  'le',
  'du',
  'des',
  'der',
  'die',
  'plus',
  'live',
  'english',
  'world',
]);

/**
 * A line that reads like the name of a publication rather than a headline: at most four words,
 * each capitalised, a number ("France 24") or one of the words names carry, no closing punctuation; or a
 * bare domain name ("middleeasteye.net").
 */
export function looksLikeOutletName(line: string): boolean {
  const text = line.trim();
  if (
    /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|co\.uk|co|info|news|eg|ae|my|tr|ru|fr|de|uk|[a-z]{2})$/i.test(
      text,
    )
  )
    return true;
  if (
    /[.!?:;,"\u201c\u201d()[\]]/.test(text) ||
    /\s[-\u2013\u2014|]\s/.test(text) ||
    (/\p{L}\d|\d\p{L}/u.test(text) && !/^\S+$/.test(text))
  )
    return false;
  const words = text.split(/\s+/);
  if (words.length > 4) return false;
  return (
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_WORDS.has(w.toLowerCase())) &&
    words.some((w) => /^\p{Lu}/u.test(w))
  );
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^the /, '');
}
