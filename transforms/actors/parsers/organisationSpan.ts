// An organisation, armed group or outlet named by capitalised words ending in a noun that heads
// such names: "the Russian Defence Ministry", "the High Negotiations Committee", "the Syrian
// Democratic Forces", "Human Rights Watch", "the Syrian Observatory for Human Rights" (a
// connector and more capitalised words may follow the head). The head gives the type.
import { ORG_HEADS, NAME_CONNECTORS } from '../../text/lexicon/orgNouns.ts';
import { NON_NAME_WORDS } from '../lexicon/capitalisedNonNames.ts';
import { joined, isCapitalised, isPossessive, withoutPossessive, type Word } from '../../text/words.ts';
import { canonicalName, type DiscoveredSpan } from './discovered.ts';

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

function capitalisedRun(text: string, words: Word[], i: number): number {
  let j = i;
  while (j < words.length) {
    const w = words[j].text;
    if (j > i && !joined(text, words[j - 1], words[j])) break;
    if (isCapitalised(w)) {
      j++;
      if (isPossessive(w)) break;
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

export function organisationSpan(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i].text)) continue;
    let s = i;
    while (s < words.length && STARTS_SENTENCE_ONLY.has(words[s].text)) s++;
    const end = capitalisedRun(text, words, s);
    if (end <= s) continue;
    // The last organisation head in the run, possibly followed by "of/for + Name".
    let head = -1;
    for (let k = s; k < end; k++) if (ORG_HEADS[withoutPossessive(words[k].text)] && k > s) head = k;
    if (head < 0) {
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
    const surface = canonicalName(text.slice(span[0].start, span[span.length - 1].end));
    out.push({
      start: span[0].start,
      end: span[0].start + surface.length,
      name: surface,
      type: ORG_HEADS[withoutPossessive(words[head].text)],
      parser: 'organisationSpan',
    });
    i = end - 1;
  }
  return out;
}
