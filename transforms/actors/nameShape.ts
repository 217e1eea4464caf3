// What a person's name looks like in news English: two to four capitalised words, possibly
// joined by particles ("Bashar al-Assad", "Staffan de Mistura", "Ursula von der Leyen", "Jose
// Eduardo dos Santos") and holding a nickname in quotes or brackets ("Joaquin "El Chapo" Guzman"),
// none of them a title (nor its plural), a day, a demonym or the head of an organisation's name; a
// surname's prefix may stand before a second capital ("McCarthy", "O'Rourke").
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
  'del',
  'della',
  'dela',
  'delos',
  'dos',
  'das',
  'do',
  'den',
  'ter',
]);
/** Particles that run two together: "von der Leyen", "van den Berg", "de la Cruz", "de los Santos". */
const SECOND_PARTICLES = new Set(['der', 'den', 'la', 'los', 'las']);
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
  // "Presidents", "Ministers": the plural of a title names several people, never one.
  if (/[^s]s$/.test(bare) && (TITLE_WORDS.has(bare.slice(0, -1)) || isRoleNoun(bare.slice(0, -1)))) return false;
  return NAME_WORD.test(bare) || /^(?:al|el)-\p{Lu}\p{Ll}+$/u.test(bare);
}

/** A capitalised word, its parts joined by hyphens; a surname's prefix may stand before a second
 *  capital ("McCarthy", "MacArthur", "O'Rourke", "D'Souza", "DeSantis", "DiCaprio", "LaPointe"). */
const NAME_WORD =
  /^(?:(?:Mc|Mac|O['\u2019]|D['\u2019]|De|Di|Da|Du|La|Le|Fitz)(?=\p{Lu}))?\p{Lu}[\p{Ll}'\u2019]+(?:-\p{L}[\p{Ll}]+)*$/u;

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
    if (j > i && !joined(text, words[j - 1], words[j])) {
      // "Kagiso “TK” Pooe": a nickname between two name words; the run goes on after it.
      const k = count >= 1 && isNameWord(words[j - 1].text) ? afterNickname(text, words, j) : -1;
      if (k < 0) break;
      j = k;
    }
    const w = words[j].text;
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
    if (j > i && PARTICLES.has(w.toLowerCase())) {
      // "von der Leyen": a second particle may follow the first.
      const k = SECOND_PARTICLES.has(words[j + 1]?.text) && joined(text, words[j], words[j + 1]) ? j + 1 : j;
      if (k + 1 < words.length && isNameWord(words[k + 1].text) && joined(text, words[k], words[k + 1])) {
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return { count, end: j };
}

/** The nickname's brackets: an opening mark and the marks that close it. */
const NICKNAME_MARKS: Record<string, string> = { '\u201c': '\u201d', '"': '"', '(': ')', '\u2018': '\u2019', "'": "'" };

/**
 * A nickname inside a name, right after words[j - 1]: one to three capitalised words in quotation
 * marks or brackets, then a name word ("Kagiso “TK” Pooe", "Joaquin (El Chapo) Guzman"). The index
 * of that name word, or -1. The nickname is no part of the name (see personSpanOf).
 */
function afterNickname(text: string, words: Word[], j: number): number {
  const open = /^ (\S)$/.exec(text.slice(words[j - 1].end, words[j]?.start ?? 0))?.[1];
  const close = open && NICKNAME_MARKS[open];
  if (!close) return -1;
  for (let k = j; k < Math.min(j + 3, words.length - 1); k++) {
    if (!isCapitalised(words[k].text) || (k > j && !joined(text, words[k - 1], words[k]))) return -1;
    const gap = text.slice(words[k].end, words[k + 1].start);
    if (gap === ' ') continue;
    return gap === `${close} ` && isNameWord(words[k + 1].text) ? k + 1 : -1;
  }
  return -1;
}
