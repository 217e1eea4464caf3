// The states an article's lead names (headline and first paragraph, where wire style says where it
// happened): by name, by adjective ("Moroccan officials") or by capital ("in Moscow"), from the world
// layer. Two reports of one kind of happening whose leads name different states and no common one
// are two events, however alike their words (a quake in Morocco, floods in Libya the same week).
import { worldStates } from '../world/worldStates.ts';

/** Characters of the text (headline included) read for places. */
export const PLACE_LEAD_CHARS = 500;

interface Matcher {
  /** The forms of the states by their first three characters, longest first. */
  byStart: Map<number, string[]>;
  stateOf: Map<string, string>;
}
let matcher: Matcher | undefined;

function build(): Matcher {
  const stateOf = new Map<string, string>();
  for (const s of worldStates())
    for (const form of [...s.aliases, ...s.adjectives, ...s.capitals])
      if (form.length > 2 && !stateOf.has(form)) stateOf.set(form, s.iso3 || s.name);
  const byStart = new Map<number, string[]>();
  for (const form of [...stateOf.keys()].sort((a, b) => b.length - a.length)) {
    const key = startKey(form, 0);
    const list = byStart.get(key);
    if (list) list.push(form);
    else byStart.set(key, [form]);
  }
  return { byStart, stateOf };
}

const startKey = (s: string, at: number) =>
  s.charCodeAt(at) * 4294967296 + s.charCodeAt(at + 1) * 65536 + s.charCodeAt(at + 2);

/**
 * The states (ISO codes) the lead of `text` names, case as written. A form counts where no letter
 * or digit stands right before or after it; at each place the longest form wins, and the search
 * goes on after it (as one regular expression of all the forms, longest first, would read them,
 * but looking up only the forms that start with the text's next three characters).
 */
export function leadPlaces(text: string): Set<string> {
  matcher ??= build();
  const lead = text.slice(0, PLACE_LEAD_CHARS);
  const out = new Set<string>();
  for (let p = 0; p + 2 < lead.length;) {
    const forms = matcher.byStart.get(startKey(lead, p));
    const form = forms && !letterOrDigitBefore(lead, p) ? forms.find((f) => standsAt(lead, p, f)) : undefined;
    if (form === undefined) p++;
    else {
      out.add(matcher.stateOf.get(form)!);
      p += form.length;
    }
  }
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 128)
    return (codePoint >= 48 && codePoint <= 57) || ((codePoint | 32) >= 97 && (codePoint | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

function letterOrDigitBefore(s: string, at: number): boolean {
  if (at === 0) return false;
  const low = s.charCodeAt(at - 1);
  const high = at >= 2 ? s.charCodeAt(at - 2) : 0;
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return isLetterOrDigit(isPair ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low);
}

function standsAt(s: string, at: number, form: string): boolean {
  if (!s.startsWith(form, at)) return false;
  const end = at + form.length;
  return end >= s.length || !isLetterOrDigit(s.codePointAt(end)!);
}
