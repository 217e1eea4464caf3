// The codebook's casualty terms, compiled once: regex sources for the parsers and the kind of
// each term. A term's first word may be a verb that takes the figure as its object ("killed at
// least 12 civilians", "forced millions from their homes"): `head` and `rest` split it there. A
// regular verb's present participle takes its object too ("..., killing at least 30 people",
// "wounding dozens", "forcing thousands from their homes"): it is read as its past form.
// Beside the codebook's terms, news English's present tenses of them ("Quake kills 632", "two
// women die") and states of people of a kind the codebook uses ("in critical condition") come
// from the shared lexicon (harmTerms.ts), each only where the codebook has its term or kind.
import type { Codebook } from '../codebook/Codebook.ts';
import { CASUALTY_KINDS } from '../schema/index.ts';
import { HARM_STATES, PRESENT_INTRANSITIVE, PRESENT_TRANSITIVE } from '../text/lexicon/harmTerms.ts';

export interface KindTerms {
  /** Any term, longest first. */
  any: string;
  /** First words of terms that are verbs in -ed and can take the figure as object ("killed"), and their -ing forms ("killing"). */
  verbHeads: string;
  /** What follows the figure in a multi-word verb term ("from their homes" of "forced from their homes"). */
  verbRests: string;
  kindOf(term: string): string;
  /** The terms of one kind, longest first. */
  ofKind(kind: string): string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function kindTerms(codebook: Codebook): KindTerms {
  const terms = codebook.casualtyTerms.filter(
    (t) => (CASUALTY_KINDS as readonly string[]).includes(t.kind) && t.term.trim(),
  );
  const kind = new Map(terms.map((t) => [norm(t.term), t.kind]));
  const kinds = new Set(kind.values());
  const present = (forms: Record<string, string>) =>
    Object.entries(forms).filter(([form, past]) => kind.has(past) && !kind.has(form));
  const transitive = present(PRESENT_TRANSITIVE);
  for (const [form, past] of [...transitive, ...present(PRESENT_INTRANSITIVE)]) kind.set(form, kind.get(past)!);
  for (const [state, k] of Object.entries(HARM_STATES)) if (kinds.has(k) && !kind.has(state)) kind.set(state, k);
  const byLength = [...kind.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Past participles, regular or not: "killed", "forced (from their homes)", "driven (from their homes)".
  const heads = [...new Set(byLength.map((t) => t.split(' ')[0]).filter((w) => /(?:ed|en)$/.test(w)))];
  // "killed" -> "killing", "injured" -> "injuring", "forced" -> "forcing"; irregular ones ("driven") have none.
  const pastOf = new Map(
    heads.filter((w) => w.length > 4 && /[^e]ed$/.test(w)).map((w) => [`${w.slice(0, -2)}ing`, w]),
  );
  const asPast = (term: string) => {
    const t = norm(term);
    const [w, ...rest] = t.split(' ');
    return pastOf.has(w) ? [pastOf.get(w), ...rest].join(' ') : t;
  };
  const verbs = [...heads, ...pastOf.keys(), ...transitive.map(([form]) => form)].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : 1),
  );
  return {
    any: byLength.map(escape).join('|') || '(?!)',
    verbHeads: verbs.map(escape).join('|') || '(?!)',
    verbRests:
      byLength
        .filter((t) => heads.includes(t.split(' ')[0]) && t.includes(' '))
        .map((t) => escape(t.slice(t.indexOf(' ') + 1)))
        .join('|') || '(?!)',
    kindOf: (term: string) => kind.get(asPast(term)) ?? '',
    ofKind: (k: string) =>
      byLength
        .filter((t) => kind.get(t) === k)
        .map(escape)
        .join('|') || '(?!)',
  };
}
