// The kinds of event a headline names ("quake", "talks", "truce": transforms/text/lexicon/
// eventNouns.ts), singular. Two headlines that each name a kind and share none ("deal reached" and
// "truce takes effect", "clash at the UN" and "talks in Moscow") more often report two events.
import { EVENT_NOUNS } from '../text/lexicon/eventNouns.ts';

export function eventKinds(headline: string): Set<string> {
  const out = new Set<string>();
  for (const w of headline.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (!EVENT_NOUNS.has(w)) continue;
    if (w.endsWith('es') && EVENT_NOUNS.has(w.slice(0, -2)) && w !== 'sanctions') out.add(w.slice(0, -2));
    else if (w.endsWith('s') && EVENT_NOUNS.has(w.slice(0, -1))) out.add(w.slice(0, -1));
    else out.add(w);
  }
  return out;
}
