// An organisation named by its acronym alone, with the article news English gives a body: "the
// LRP won 40 seats", "the LRP's leaders", when the article names it so at least twice. A party,
// agency or armed group is often named this way only; an acronym that abbreviates a title or a
// unit ("the PM", "the CEO", "the GMT") is no body. Acronyms the codebook or world layer holds
// ("the UN", "the US") are claimed by their aliases first (discoverActors.ts).
import type { Word } from '../../text/words.ts';
import type { DiscoveredSpan } from './discovered.ts';
import { ABBREVIATED_TITLES } from '../refiners/labelWords.ts';

const ACRONYM = /^\p{Lu}{3,6}$/u;
/** Abbreviations of people, units and times, not of bodies. */
const NOT_BODIES = new Set(['CEO', 'CFO', 'MPS', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'ICU', 'VIP', 'DNA', 'GDP']);

export function theAcronym(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  const counts = new Map<string, number>();
  const count = (acronym: string) => {
    let n = counts.get(acronym);
    if (n === undefined)
      counts.set(
        acronym,
        (n = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0),
      );
    return n;
  };
  for (let i = 1; i < words.length; i++) {
    const w = words[i].text.replace(/['\u2019]s$/, '');
    if (!ACRONYM.test(w) || ABBREVIATED_TITLES.has(w) || NOT_BODIES.has(w)) continue;
    if (!/^the$/i.test(words[i - 1].text) || text.slice(words[i - 1].end, words[i].start) !== ' ') continue;
    // "the BBC News" or "the LRP-led bloc": the acronym opens a longer name or a modifier; "the LRP" ends here.
    if (/^[\s]*\p{Lu}|^-/u.test(text.slice(words[i].start + w.length, words[i].start + w.length + 2))) continue;
    if (count(w) < 2) continue;
    out.push({
      start: words[i].start,
      end: words[i].start + w.length,
      name: w,
      type: 'organization',
      parser: 'theAcronym',
    });
  }
  return out;
}
