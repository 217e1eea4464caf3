// The kinds of event a headline names ("quake", "talks", "truce": transforms/text/lexicon/
// eventNouns.ts), singular, and the family each belongs to. Two headlines that each name a kind and
// share no family ("deal reached" and "clash at the UN", "talks in Moscow" and "quake toll") more
// often report two events; two words of one family ("truce" and "ceasefire", "meeting" and
// "summit", "blast" and "bombing") are one event told in different words as often as two.
// "Cease-fire" and "cease fire" are the ceasefire, not a fire; "quake" is the earthquake. A noun
// that is also a verb, after "to", is the verb ("accepts invitation to visit", "vowed to strike").
import { EVENT_NOUNS } from '../text/lexicon/eventNouns.ts';

const SAME_KIND: Readonly<Record<string, string>> = { quake: 'earthquake' };

/**
 * Families of kinds: an accord (agreement, deal, resolution), a pause in fighting (truce, ceasefire),
 * a meeting of leaders, violence against people, a vote, a natural disaster, unrest. A kind of no
 * family is its own.
 */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  accord: ['agreement', 'deal', 'resolution'],
  truce: ['truce', 'ceasefire'],
  meeting: ['meeting', 'visit', 'talks', 'summit', 'conference'],
  violence: [
    'attack',
    'airstrike',
    'assassination',
    'blast',
    'bombing',
    'explosion',
    'massacre',
    'raid',
    'shelling',
    'shooting',
    'strike',
  ],
  vote: ['election', 'poll', 'referendum', 'vote', 'inauguration'],
  disaster: [
    'avalanche',
    'cyclone',
    'drought',
    'earthquake',
    'flood',
    'hurricane',
    'landslide',
    'storm',
    'tsunami',
    'typhoon',
    'wildfire',
    'eruption',
  ],
  unrest: ['protest', 'riot', 'clash'],
};
const FAMILY_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(FAMILIES).flatMap(([family, kinds]) => kinds.map((k) => [k, family])),
);

/**
 * Event nouns that are also verbs: after "to" ("invitation to visit") or before an article or
 * another event noun ("strike a deal", "US, Russia strike deal") they are the verb.
 */
const ALSO_VERBS = new Set([
  'attack',
  'clash',
  'crash',
  'debate',
  'poll',
  'protest',
  'raid',
  'storm',
  'strike',
  'visit',
  'vote',
]);
const ARTICLES = new Set(['a', 'an', 'the']);

export function eventKinds(headline: string): Set<string> {
  const out = new Set<string>();
  const words =
    headline
      .toLowerCase()
      .replace(/\bcease[-\s]+fire/g, 'ceasefire')
      .match(/[a-z]+/g) ?? [];
  words.forEach((w, i) => {
    if (!EVENT_NOUNS.has(w)) return;
    const next = words[i + 1] ?? '';
    if (ALSO_VERBS.has(w) && (words[i - 1] === 'to' || ARTICLES.has(next) || EVENT_NOUNS.has(next))) return;
    let kind = w;
    if (w.endsWith('es') && EVENT_NOUNS.has(w.slice(0, -2)) && w !== 'sanctions') kind = w.slice(0, -2);
    else if (w.endsWith('s') && EVENT_NOUNS.has(w.slice(0, -1))) kind = w.slice(0, -1);
    out.add(SAME_KIND[kind] ?? kind);
  });
  return out;
}

/** The families of a set of kinds (eventKinds). */
export function kindFamilies(kinds: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of kinds) out.add(FAMILY_OF.get(k) ?? k);
  return out;
}
