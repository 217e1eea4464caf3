// An organisation, armed group or outlet named by capitalised words ending in a noun that heads
// such names: "the Russian Defence Ministry", "the High Negotiations Committee", "the Syrian
// Democratic Forces", "Human Rights Watch", "the Syrian Observatory for Human Rights" (a
// connector and more capitalised words may follow the head). The head gives the type.
import { ORG_HEADS, NAME_CONNECTORS } from '../../text/lexicon/orgNouns.ts';
import { NON_NAME_WORDS } from '../lexicon/capitalisedNonNames.ts';
import { joined, isCapitalised, isPossessive, withoutPossessive, type Word } from '../../text/words.ts';
import { isRoleNoun } from '../../text/lexicon/roleNouns.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';
import type { ActorType } from '../../schema/index.ts';
import { canonicalName, type DiscoveredSpan } from './discovered.ts';

/** "al-Masar", "el-Watan": a name with an Arabic article, written in lower case. */
const ARTICLE_PREFIXED = /^(?:al|el)-\p{Lu}/u;

const STARTS_SENTENCE_ONLY = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'In',
  'On',
  'At',
  'For',
  'From',
  'With',
  'By',
  'As',
  'If',
  'When',
  'While',
  'After',
  'Meanwhile',
  'Speaking',
  'According',
]);

/** "Citizens' Movement", "Workers' Party": a plural possessive's apostrophe stands between two words of one name. */
const pluralPossessiveGap = (text: string, a: Word, b: Word) =>
  /s$/.test(a.text) && /^['\u2019] $/.test(text.slice(a.end, b.start));

/**
 * A possessive inside an organisation's name: "the County Sheriff's Office", "the People's Party",
 * "the Citizens' Movement". The possessor is a role or a people, not a place or person ("Russia's
 * Defence Ministry" is Russia's ministry), and an organisation's head noun follows in the run.
 */
function possessiveInName(text: string, words: Word[], j: number): boolean {
  const w = words[j].text;
  const possessor = withoutPossessive(w).toLowerCase();
  if (isPossessive(w) ? !isRoleNoun(possessor) && !PEOPLE.has(possessor) : !PEOPLE.has(possessor)) return false;
  for (let k = j + 1; k < Math.min(words.length, j + 4); k++) {
    if (!isCapitalised(words[k].text)) return false;
    if (ORG_HEADS[withoutPossessive(words[k].text)]) return true;
  }
  return false;
}
const PEOPLE = new Set(['people', 'citizens', 'workers', 'farmers', 'women', 'veterans', 'students', 'peoples']);

function capitalisedRun(text: string, words: Word[], i: number): number {
  let j = i;
  while (j < words.length) {
    const w = words[j].text;
    if (j > i && !joined(text, words[j - 1], words[j]) && !pluralPossessiveGap(text, words[j - 1], words[j])) break;
    if (j > i && pluralPossessiveGap(text, words[j - 1], words[j]) && !possessiveInName(text, words, j - 1)) break;
    if (isCapitalised(w) || (j === i && ARTICLE_PREFIXED.test(w))) {
      j++;
      if (isPossessive(w) && !possessiveInName(text, words, j - 1)) break;
      continue;
    }
    if (
      j > i &&
      NAME_CONNECTORS.has(w.toLowerCase()) &&
      j + 1 < words.length &&
      isCapitalised(words[j + 1].text) &&
      joined(text, words[j], words[j + 1])
    ) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Lower-case nouns after a capitalised name that make it an organisation's: "the Morena party", "al-Masar television". */
const LOWER_HEADS: Record<string, ActorType> = {
  party: 'organization',
  coalition: 'organization',
  alliance: 'organization',
  television: 'media',
  channel: 'media',
  broadcaster: 'media',
  newspaper: 'media',
};
const ADJECTIVE_SHAPE = /(?:ic|al|ive|ist|an|ian|ish|ese|ing|ed)$/;
/** "US-led", "Tripoli-based": a modifier, not a name. */
const SPONSORED = /-(?:led|based|backed|run|owned|allied|funded|controlled|linked|aligned)$/;

/** The capitalised run words[s, end) named by the lower-case head right after it, or null. */
function nameBeforeLowerHead(text: string, words: Word[], s: number, end: number): DiscoveredSpan | null {
  const next = words[end];
  const type = next && joined(text, words[end - 1], next) ? LOWER_HEADS[next.text] : undefined;
  if (!type) return null;
  const run = words.slice(s, end);
  if (run.some((w) => SPONSORED.test(w.text) || isPossessive(w.text))) return null;
  if (run.every((w) => NON_NAME_WORDS.has(w.text) || DEMONYM_WORDS.has(w.text) || ORG_HEADS[w.text])) return null;
  // "the Democratic party", "the Conservative party": an adjective alone would match it everywhere.
  if (run.length === 1 && ADJECTIVE_SHAPE.test(run[0].text)) return null;
  const name = canonicalName(text.slice(run[0].start, run[run.length - 1].end));
  return { start: run[0].start, end: run[0].start + name.length, name, type, parser: 'organisationSpan' };
}

export function organisationSpan(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i].text) && !ARTICLE_PREFIXED.test(words[i].text)) continue;
    let s = i;
    while (s < words.length && STARTS_SENTENCE_ONLY.has(words[s].text)) s++;
    const end = capitalisedRun(text, words, s);
    if (end <= s) continue;
    // The last organisation head in the run, possibly followed by "of/for + Name".
    let head = -1;
    for (let k = s; k < end; k++) if (ORG_HEADS[withoutPossessive(words[k].text)] && k > s) head = k;
    if (head < 0) {
      const named = nameBeforeLowerHead(text, words, s, end);
      if (named) out.push(named);
      i = end - 1;
      continue;
    }
    // A lower-case "al-" opens an outlet's name before a lower-case head alone ("al-Masar television");
    // before a capitalised head it is the tail of a longer name or a person's ("the al-Qaeda-linked ...").
    if (!isCapitalised(words[s].text)) {
      i = end - 1;
      continue;
    }
    let last = head;
    if (head + 2 < end && /^(of|for)$/.test(words[head + 1].text)) last = end - 1;
    const span = words.slice(s, last + 1);
    if (span.every((w) => NON_NAME_WORDS.has(w.text) || ORG_HEADS[w.text])) {
      i = end - 1;
      continue;
    }
    // "the Water Authority and Dams Authority": two bodies, each ending in its head, joined by "and".
    const and = span.findIndex((w, k) => w.text === 'and' && k > 0 && ORG_HEADS[span[k - 1].text]);
    for (const part of and > 0 ? [span.slice(0, and), span.slice(and + 1)] : [span]) {
      const surface = canonicalName(text.slice(part[0].start, part[part.length - 1].end));
      const partHead = [...part].reverse().find((w) => ORG_HEADS[withoutPossessive(w.text)]) ?? words[head];
      out.push({
        start: part[0].start,
        end: part[0].start + surface.length,
        name: surface,
        type: ORG_HEADS[withoutPossessive(partHead.text)],
        parser: 'organisationSpan',
      });
    }
    i = end - 1;
  }
  return out;
}
