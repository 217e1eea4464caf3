// A state's broadcaster or news agency cited without its name: "Morocco's state TV said",
// "according to state television", "North Korean state media reported", "the official news agency
// said". An outlet (type media) named after its state when the text gives one ("Moroccan state
// television"), else after the medium ("state television"); the span is the words from the
// qualifier to the medium ("state TV"), never the state's name, which is the state's mention. A
// name right after it ("state broadcaster TRT") or right before it in apposition ("SANA, the state
// news agency,") is the outlet's name, and citedMedia's or the label's: no span here.
import { worldActors } from '../../world/worldActors.ts';
import type { Word } from '../../text/words.ts';
import type { DiscoveredSpan } from './discovered.ts';

const QUALIFIER = '(?:state|state-run|state-owned|state-controlled|official|national|public)';
const MEDIUM = '(?:TV channel|television channel|TV|television|broadcaster|radio|media|news agency)';
/** The owner (a possessive or a demonym, optional), the qualifier (optional after a possessive), the medium. */
const PHRASE = new RegExp(
  `(?:((?:North |South )?\\p{Lu}[\\p{L}-]*)(['\\u2019]s)? )?(${QUALIFIER} )?(${MEDIUM})(?![\\p{L}-])`,
  'gu',
);

/** A state's adjective, from its name, adjective or capital as written: "Morocco", "Moroccan", "Rabat" -> "Moroccan". */
let adjectives: Map<string, string> | undefined;
function adjectiveOf(word: string): string | undefined {
  if (!adjectives) {
    adjectives = new Map();
    for (const a of worldActors())
      if (a.type === 'state' && a.adjectives.length)
        for (const w of [a.name, ...a.aliases, ...a.adjectives, ...a.capitals])
          if (!adjectives.has(w)) adjectives.set(w, a.adjectives[0]);
  }
  return adjectives.get(word);
}

const MEDIUM_NAME: Record<string, string> = { TV: 'television', 'TV channel': 'television' };

export function stateMedia(text: string, words: Word[]): DiscoveredSpan[] {
  if (!words.length) return [];
  const from = words[0].start,
    to = words[words.length - 1].end;
  const out: DiscoveredSpan[] = [];
  for (const m of text.slice(from, to).matchAll(PHRASE)) {
    const [whole, owner, possessive, qualifier, medium] = m;
    const adjective = owner ? adjectiveOf(owner) : undefined;
    // "Syrian state TV", "Morocco's TV": a state's own broadcaster; "the state media" needs its qualifier.
    if (owner && !adjective && !qualifier) continue;
    if (!qualifier && !(possessive && adjective && /^(?:TV|television|radio)$/.test(medium))) continue;
    // "the national media", "public media": the press at large, not a state's outlet.
    if (/^(?:national|public) $/.test(qualifier ?? '') && medium === 'media') continue;
    const start = from + m.index! + whole.length - (qualifier ?? '').length - medium.length,
      end = from + m.index! + whole.length;
    const after = text.slice(end, end + 40),
      before = text.slice(Math.max(0, start - 60), start);
    if (/^,? (?:\p{Lu}|al-|el-)/u.test(after)) continue; // "state broadcaster TRT": the name follows
    if (/\p{Lu}[\p{L}.-]*, (?:the|its|a) (?:[\p{L}'\u2019-]+ )?$/u.test(before)) continue; // "SANA, the state news agency"
    if (/^ (?:of|in|for)\b/.test(after) || /\b(?:[Ss]tate|[Nn]ational) $/.test(before)) continue;
    const stateOwned = adjective ? `${adjective} state` : 'state';
    out.push({
      start,
      end,
      name: `${stateOwned} ${MEDIUM_NAME[medium] ?? medium}`,
      type: 'media',
      parser: 'stateMedia',
    });
  }
  return out;
}
