// The kinds of event a headline names ("quake", "talks", "truce": transforms/text/lexicon/
// eventNouns.ts), singular. Two headlines that each name a kind and share none ("deal reached" and
// "truce takes effect", "clash at the UN" and "talks in Moscow") more often report two events.
// "Cease-fire" and "cease fire" are the ceasefire, not a fire; "quake" is the earthquake. "Truce" and
// "ceasefire" stay two kinds (BACKLOG.md): the pair model has learnt on them apart.
import { EVENT_NOUNS } from '../text/lexicon/eventNouns.ts';

const SAME_KIND: Readonly<Record<string, string>> = { quake: 'earthquake' };

export function eventKinds(headline: string): Set<string> {
  const out = new Set<string>();
  const words = headline.toLowerCase().replace(/\bcease[-\s]+fire/g, 'ceasefire');
  for (const w of words.match(/[a-z]+/g) ?? []) {
    if (!EVENT_NOUNS.has(w)) continue;
    let kind = w;
    if (w.endsWith('es') && EVENT_NOUNS.has(w.slice(0, -2)) && w !== 'sanctions') kind = w.slice(0, -2);
    else if (w.endsWith('s') && EVENT_NOUNS.has(w.slice(0, -1))) kind = w.slice(0, -1);
    out.add(SAME_KIND[kind] ?? kind);
  }
  return out;
}
