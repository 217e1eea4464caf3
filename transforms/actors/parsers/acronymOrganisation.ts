// An organisation named in full and then by its acronym in brackets: "the Liberal Reform Party
// (LRP)", "the Northern Farmers Union (NFU)", "the Federal Water Agency (FWA)". The acronym's
// letters must be the initials of the capitalised words before it (connectors such as "of" and
// "and" may sit between them; a word in capitals gives all its letters: "US Coastal Survey (USCS)"),
// which tells a name from a date in brackets. Two letters ("Port Elmsworth (PE)") abbreviate places
// as often as bodies: they count only after a word that heads an organisation's name. The acronym is kept with the span, so
// that other articles naming the body by its acronym alone find it (discoveredShortForms).
import { ORG_HEADS, NAME_CONNECTORS } from '../../text/lexicon/orgNouns.ts';
import { joined, isCapitalised, type Word } from '../../text/words.ts';
import type { DiscoveredSpan } from './discovered.ts';

const ACRONYM = /^\p{Lu}{2,8}$/u;

/** The index of the first word of the name whose initials spell `acronym`, ending at word k - 1; -1 if none. */
function nameStart(text: string, words: Word[], k: number, acronym: string): number {
  let p = acronym.length; // letters still to match, from the end
  let j = k - 1;
  while (j >= 0 && p > 0) {
    const w = words[j].text;
    if (j < k - 1 && !joined(text, words[j], words[j + 1])) return -1;
    if (j < k - 1 && NAME_CONNECTORS.has(w)) {
      j--;
      continue;
    }
    if (!isCapitalised(w)) return -1;
    const letters = ACRONYM.test(w) ? w : w[0].toUpperCase();
    if (acronym.slice(p - letters.length, p) !== letters) return -1;
    p -= letters.length;
    j--;
  }
  return p === 0 && j + 1 < k - 1 ? j + 1 : -1;
}

export function acronymOrganisation(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let k = 1; k < words.length; k++) {
    const acronym = words[k].text;
    if (!ACRONYM.test(acronym) || text[words[k].end] !== ')') continue;
    if (text.slice(words[k - 1].end, words[k].start) !== ' (') continue;
    const s = nameStart(text, words, k, acronym);
    if (s < 0) continue;
    const last = words[k - 1];
    if (acronym.length < 3 && !ORG_HEADS[last.text]) continue;
    out.push({
      start: words[s].start,
      end: last.end,
      name: text.slice(words[s].start, last.end).replace(/\s+/g, ' '),
      type: ORG_HEADS[last.text] ?? 'organization',
      parser: 'acronymOrganisation',
      acronym,
    });
  }
  return out;
}
