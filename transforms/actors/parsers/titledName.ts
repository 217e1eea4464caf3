// A person named after a title or a role: "Kremlin spokesman Dmitry Peskov", "Foreign Minister
// Walid al-Muallem", "opposition negotiator Mohammed Alloush", "Gen. Sergei Rudskoi". The title
// is the evidence that the capitalised words are a person.
import { personNameAt } from '../nameShape.ts';
import { isRoleNoun, PERSON_ROLES } from '../../text/lexicon/roleNouns.ts';
import { HONORIFICS } from '../lexicon/capitalisedNonNames.ts';
import { joined, isCapitalised, type Word } from '../../text/words.ts';
import { personSpanOf, type DiscoveredSpan } from './discovered.ts';

const RANKS = new Set([
  'General',
  'Gen',
  'Gen.',
  'Lieutenant-General',
  'Lt.',
  'Colonel',
  'Col.',
  'Major',
  'Maj.',
  'Admiral',
  'Adm.',
  'Brigadier',
  'Captain',
  'Capt.',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Sultan',
  'Sheikh',
  'Emir',
  'Senator',
  'Sen.',
  'Ambassador',
  'Pope',
  'Chancellor',
  'Premier',
  'President',
  'Minister',
  'Secretary',
]);

const titleCache = new Map<string, boolean>();

/** Whether a word is a rank, honorific or singular person role (verdicts kept: the same words recur). */
function isTitle(w: string): boolean {
  let verdict = titleCache.get(w);
  if (verdict === undefined) {
    if (titleCache.size > 50_000) titleCache.clear();
    titleCache.set(w, (verdict = titleShape(w)));
  }
  return verdict;
}

function titleShape(w: string): boolean {
  const bare = w.replace(/\.$/, '');
  if (RANKS.has(w) || RANKS.has(bare) || HONORIFICS.has(w) || HONORIFICS.has(`${bare}.`)) return true;
  return PERSON_ROLES.has(w.toLowerCase()) && isRoleNoun(w) && !/s$/.test(w.toLowerCase().replace(/ss$/, ''));
}

/**
 * The name after an office of the form title "of" (the)? Object Name: "Secretary of State Antony
 * Blinken", "Minister of Foreign Affairs Wang Yi", "Chief of Staff Mark Meadows". The capitalised
 * run after "of" is the office's object (one or two words) then the name (at least two words):
 * the object takes two words when that still leaves a name of two, else one. words[at] is "of" or
 * "for" ("Under-Secretary-General for Humanitarian Affairs Name").
 */
function nameAfterOffice(text: string, words: Word[], at: number): [number, number] | null {
  let start = at + 1;
  if (start < words.length && words[start].text === 'the' && joined(text, words[at], words[start])) start++;
  if (start >= words.length || !joined(text, words[start - 1], words[start]) || !isCapitalised(words[start].text))
    return null;
  let end = start + 1;
  while (
    end < words.length &&
    joined(text, words[end - 1], words[end]) &&
    /^\p{Lu}|^(?:al|el|bin|de)\b/u.test(words[end].text)
  )
    end++;
  // "Minister of State for Health Name": the office goes on after "for"; read the name after it.
  if (end === start + 1 && words[end]?.text === 'for' && joined(text, words[start], words[end]))
    return nameAfterOffice(text, words, end);
  for (const k of [start + 2, start + 1]) {
    if (end - k < 2) continue;
    const span = personNameAt(text, words, k);
    if (span && span[1] === end) return span;
  }
  return null;
}

/** "leaders", "ministers": the plural of a person's role. */
const isPluralRole = (w: string) => /[^s]s$/.test(w) && PERSON_ROLES.has(w.slice(0, -1).toLowerCase());

/**
 * "veteran party leaders Anil Rao and Meera Iyer", "former Ministers A, B and C": a plural role
 * before names joined by commas and "and" (", and" too); all are people. A list may go on with
 * words that are no name ("G. L. Peiris"): the names before them count when there are two. One
 * name after a plural says nothing of it.
 */
function namesAfterPlural(text: string, words: Word[], i: number): [number, number][] {
  const out: [number, number][] = [];
  for (let at = i + 1; at < words.length && out.length < 8;) {
    const span = personNameAt(text, words, at);
    if (!span) break;
    out.push(span);
    const gap = text.slice(words[span[1] - 1].end, words[span[1]]?.start ?? text.length);
    if (words[span[1]]?.text === 'and' && /^,? $/.test(gap) && joined(text, words[span[1]], words[span[1] + 1])) {
      const last = personNameAt(text, words, span[1] + 1);
      if (last) out.push(last);
      break;
    }
    if (gap !== ', ') break;
    at = span[1];
  }
  return out.length >= 2 ? out : [];
}

/** Ranks that go before one name alone: "King Salman", "Pope Francis", "Emir Tamim". */
const MONARCHS = new Set(['King', 'Queen', 'Pope', 'Prince', 'Princess', 'Emir', 'Sultan', 'Sheikh']);

/** The one name after a monarch's rank, when no capitalised word follows it ("King Street Station" is none). */
function singleName(text: string, words: Word[], i: number): [number, number] | null {
  if (!MONARCHS.has(words[i].text) || !joined(text, words[i], words[i + 1])) return null;
  const span = personNameAt(text, words, i + 1, 1);
  if (!span || span[1] !== i + 2) return null;
  const next = words[i + 2];
  return next && joined(text, words[i + 1], next) && isCapitalised(next.text) ? null : span;
}

export function titledName(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (isPluralRole(words[i].text) && joined(text, words[i], words[i + 1])) {
      const spans = namesAfterPlural(text, words, i);
      for (const span of spans) out.push(personSpan(text, words, span));
      if (spans.length) i = spans[spans.length - 1][1] - 1;
      continue;
    }
    if (
      !isTitle(words[i].text) ||
      (!joined(text, words[i], words[i + 1]) && !/^\.? $/.test(text.slice(words[i].end, words[i + 1].start)))
    )
      continue;
    const span = /^(?:of|for)$/.test(words[i + 1].text)
      ? nameAfterOffice(text, words, i + 1)
      : (personNameAt(text, words, i + 1) ?? singleName(text, words, i));
    if (!span) continue;
    out.push(personSpan(text, words, span));
    i = span[1] - 1;
  }
  return out;
}

function personSpan(text: string, words: Word[], span: [number, number]): DiscoveredSpan {
  return personSpanOf(text, words[span[0]], words[span[1] - 1], 'titledName');
}
