// What a person's name looks like in news English: two to four capitalised words, possibly
// joined by particles ("Bashar al-Assad", "Staffan de Mistura", "Ban Ki-moon", "Abu Mohammad
// al-Julani"), none of them a title, a day, a demonym or the head of an organisation's name.
import { NON_NAME_WORDS, HONORIFICS } from './lexicon/capitalisedNonNames.ts';
import { DEMONYM_WORDS } from '../text/lexicon/demonyms.ts';
import { ORG_HEADS } from '../text/lexicon/orgNouns.ts';
import { isRoleNoun } from '../text/lexicon/roleNouns.ts';
import { SEATS } from '../world/worldStates.ts';
import { worldActors } from '../world/worldActors.ts';
import { joined, isCapitalised, isAllCaps, isPossessive, withoutPossessive, type Word } from '../text/words.ts';

const PARTICLES = new Set([
  'al',
  'al-',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'di',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'ul',
  'bint',
]);
const TITLE_WORDS = new Set([
  'President',
  'Minister',
  'Secretary',
  'Foreign',
  'Defence',
  'Defense',
  'Prime',
  'Deputy',
  'General',
  'Gen',
  'Colonel',
  'Col',
  'Lieutenant',
  'Major',
  'Admiral',
  'King',
  'Prince',
  'Crown',
  'Sheikh',
  'Emir',
  'Pope',
  'Chancellor',
  'Senator',
  'Sen',
  'Rep',
  'Governor',
  'Mayor',
  'Ambassador',
  'Envoy',
  'Spokesman',
  'Commander',
  'Chief',
  'Vice',
  'Premier',
  'State',
  'Department',
  'Ministry',
  // The words of seats of government ("Kremlin spokesman", "White House aide"): world layer, below.
  'Speaker',
  'Sheikha',
  'Queen',
  'Saint',
  'St',
  ...[...SEATS].flatMap((seat) => seat.split(' ')),
]);

/** Verdicts on words already seen: every parser asks about the same words (cleared when large). */
const nameWordCache = new Map<string, boolean>();

/** A word that can be part of a person's name. */
export function isNameWord(w: string): boolean {
  let verdict = nameWordCache.get(w);
  if (verdict === undefined) {
    if (nameWordCache.size > 50_000) nameWordCache.clear();
    nameWordCache.set(w, (verdict = nameWordShape(w)));
  }
  return verdict;
}

function nameWordShape(w: string): boolean {
  const bare = w.replace(/['\u2019]s$/, '');
  if (/^(?:al|el|ad|as|an)-\p{Lu}\p{Ll}+$/u.test(bare)) return true;
  if (!isCapitalised(bare) || (isAllCaps(bare) && bare.length > 1)) return false;
  if (
    NON_NAME_WORDS.has(bare) ||
    HONORIFICS.has(bare) ||
    DEMONYM_WORDS.has(bare) ||
    TITLE_WORDS.has(bare) ||
    ORG_HEADS[bare]
  )
    return false;
  if (isRoleNoun(bare)) return false;
  return /^\p{Lu}[\p{Ll}'\u2019]+(?:-\p{L}[\p{Ll}]+)*$/u.test(bare) || /^(?:al|el)-\p{Lu}\p{Ll}+$/u.test(bare);
}

/**
 * The person's name starting at words[i], as a word range [i, j), or null: 2 to 4 name words
 * (particles between them allowed), joined by single spaces; a possessive ends it.
 */
export function personNameAt(text: string, words: Word[], i: number, minWords = 2): [number, number] | null {
  // Several parsers ask the same question of the same words: the name run at i is computed once.
  let runs = runCache.get(words);
  if (!runs) runCache.set(words, (runs = new Array(words.length)));
  let run = runs[i];
  if (!run) runs[i] = run = nameRunAt(text, words, i);
  if (run.count < minWords || run.count > 4) return null;
  if (placeShaped(words[i].text, words[run.end - 1].text)) return null;
  return [i, run.end];
}

/** "San Francisco", "Los Angeles", "Port Elmer": words that open the names of places, not people. */
const PLACE_OPENERS = new Set(['San', 'Santa', 'Los', 'Las', 'New', 'Port', 'Fort', 'Mount', 'Lake', 'Cape']);
/** "Half Moon Bay", "Orange County", "Mexico City": words that end the names of places. */
const PLACE_HEADS = new Set([
  'Bay',
  'City',
  'County',
  'Beach',
  'Valley',
  'Springs',
  'Island',
  'Islands',
  'Heights',
  'Falls',
  'Province',
  'District',
  'Square',
  'Street',
  'Avenue',
  'Road',
  'Airport',
  'Mountains',
]);
const placeShaped = (first: string, last: string) =>
  PLACE_OPENERS.has(first) || PLACE_HEADS.has(last.replace(/['\u2019]s$/, ''));

const runCache = new WeakMap<Word[], { count: number; end: number }[]>();

/** A regnal number after a name: "II", "VI", "XVI" (I alone is the pronoun). */
const REGNAL = /^(?:X{0,2})(?:IX|IV|V?I{1,3}|V)$|^X{1,2}$/;

/** "J P Nadda", "JP Nadda": initials before a name, one or two capitals, never a state's or body's
 *  abbreviation ("US", "UN": world layer) nor a capital that is a word ("A", "I"). */
const INITIALS = /^\p{Lu}{1,2}$/u;
const NOT_INITIALS = new Set(['A', 'I', 'O', ...worldActors().flatMap((a) => [a.name, ...a.aliases, ...a.adjectives])]);
const isInitials = (w: string) => INITIALS.test(w) && !NOT_INITIALS.has(w);

function nameRunAt(text: string, words: Word[], i: number): { count: number; end: number } {
  let j = i,
    count = 0;
  // Up to two initials open a name when a name word follows them.
  while (j - i < 2 && j + 1 < words.length && isInitials(words[j].text) && joined(text, words[j], words[j + 1])) {
    const next = words[j + 1].text;
    if (!isNameWord(next) && !isInitials(next)) break;
    j++;
  }
  if (j > i && !isNameWord(words[j].text)) j = i;
  count = j - i;
  while (j < words.length && count < 5) {
    const w = words[j].text;
    if (j > i && !joined(text, words[j - 1], words[j])) break;
    if (isNameWord(w)) {
      count++;
      j++;
      if (isPossessive(w)) break;
      continue;
    }
    // "Mohammed VI", "Charles III's": a regnal number ends a monarch's or pope's name.
    if (count >= 1 && j > i && REGNAL.test(withoutPossessive(w))) {
      count++;
      j++;
      break;
    }
    if (
      j > i &&
      PARTICLES.has(w.toLowerCase()) &&
      j + 1 < words.length &&
      isNameWord(words[j + 1].text) &&
      joined(text, words[j], words[j + 1])
    ) {
      j++;
      continue;
    }
    break;
  }
  return { count, end: j };
}
