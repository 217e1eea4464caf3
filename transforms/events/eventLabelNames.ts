// Which of an event's distinctive names can stand in its readable name ("Derna floods"). The names
// bag holds every capitalised run inside sentences, so the most distinctive of them is sometimes
// not a name of the story at all: an outlet or a byline ("Vladimir Isachenkov Associated Press"),
// a reporter ("By Matthew Lee"), a title ("District Attorney"), an adjective of nationality ("Asian American"), a given name whose
// full name is in the list too ("Claudia" beside "Claudia Sheinbaum"). Those are passed over or
// made whole; the grouping itself reads every name.
import { worldBodies } from '../world/worldBodies.ts';
import { worldStates } from '../world/worldStates.ts';
import { PERSON_ROLES } from '../text/lexicon/roleNouns.ts';

/** Longer runs are mostly names run together across a line break or a credit line. */
const MAX_WORDS = 4;
/** "5:30 PM Agence France-Presse": a time of day before a credit. */
const CLOCK = new Set(['am', 'pm', 'gmt', 'utc', 'edt', 'est']);

let media: Set<string> | undefined;
let adjectives: Set<string> | undefined;
let states: Set<string> | undefined;

/** News agencies and broadcasters of the world layer, lower-cased. */
function mediaNames(): Set<string> {
  return (media ??= new Set(
    worldBodies()
      .filter((b) => b.type === 'media')
      .flatMap((b) => [...b.aliases, b.wire])
      .filter(Boolean)
      .map((n) => n.toLowerCase()),
  ));
}

/** Adjectives of the world's states ("american", "russian"), lower-cased. */
function stateAdjectives(): Set<string> {
  return (adjectives ??= new Set(worldStates().flatMap((s) => s.adjectives.map((a) => a.toLowerCase()))));
}

/** Names of the world's states ("china", "south africa"), lower-cased. */
function stateNames(): Set<string> {
  return (states ??= new Set(worldStates().flatMap((s) => s.aliases.map((a) => a.toLowerCase()))));
}

/**
 * The names of `ranked` (most distinctive first, lower-cased) that can name the event, in the same
 * order; a word of a longer name of the list stands for that name ("claudia" -> "claudia sheinbaum",
 * "angeles" -> "los angeles").
 * `outlets`: the corpus's outlet names, lower-cased, which never name an event; `bylines`: the names
 * and words of names on the articles' byline lines (bylineNames.ts).
 */
export function eventLabelNames(
  ranked: string[],
  outlets: ReadonlySet<string>,
  bylines: ReadonlySet<string>,
): string[] {
  const isMedia = (words: string[]) => {
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) {
        const run = words.slice(i, j).join(' ');
        if (mediaNames().has(run) || outlets.has(run)) return true;
      }
    return false;
  };
  const wholeOf = new Map<string, string>();
  for (const name of ranked) {
    const words = name.split(' ');
    if (words.length > 1 && words.length <= MAX_WORDS && !words.some((w) => stateNames().has(w)))
      for (const w of words) if (!wholeOf.has(w)) wholeOf.set(w, name);
  }
  const out: string[] = [];
  for (const name of ranked) {
    const words = name.split(' ');
    if (words.length > MAX_WORDS || words.some((w) => CLOCK.has(w) || PERSON_ROLES.has(w))) continue;
    if (!stateNames().has(name)) {
      if (stateAdjectives().has(words[0]) || stateAdjectives().has(words[words.length - 1])) continue;
      if (words.length > 1 && words.some((w) => stateNames().has(w))) continue;
      if (bylines.has(name)) continue;
    }
    if (isMedia(words)) continue;
    const whole = words.length === 1 ? (wholeOf.get(name) ?? name) : name;
    if (!out.includes(whole)) out.push(whole);
  }
  return out;
}
