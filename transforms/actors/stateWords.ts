// The words that stand for a state without naming it, from the codebook with the world layer
// beneath it: its seats of government ("Rabat", "the Kremlin") and its adjectives of nationality
// ("Moroccan", "North Korean"). Each goes to the actor that holds "<adjective> government" among
// its names when the codebook names a government apart from its state ("Syrian government"), else
// to the state itself, as the quotes' demonymActor does. A word two states claim goes to neither.
import type { ActorMatcher } from './compileActorMatcher.ts';

export interface StateWords {
  /** Seats of government, as written ("Rabat", "Kremlin", "White House"), to actor ids. */
  seats: Map<string, string>;
  /** Adjectives of nationality, as written ("Moroccan", "US"), to actor ids. */
  adjectives: Map<string, string>;
}

const cache = new WeakMap<object, StateWords>();

export function stateWords(matcher: Pick<ActorMatcher, 'actors'>): StateWords {
  let words = cache.get(matcher.actors);
  if (!words) cache.set(matcher.actors, (words = build(matcher.actors)));
  return words;
}

function build(actors: ActorMatcher['actors']): StateWords {
  const byName = new Map<string, string>();
  for (const a of actors.values())
    for (const n of [a.name, ...a.aliases]) if (!byName.has(n)) byName.set(n, a.actor_id);
  const seats = new Map<string, string>(),
    adjectives = new Map<string, string>(),
    claimed = new Set<string>();
  const give = (map: Map<string, string>, word: string, id: string) => {
    if (claimed.has(word)) return;
    if (map.has(word) && map.get(word) !== id) {
      map.delete(word);
      claimed.add(word);
    } else map.set(word, id);
  };
  for (const state of actors.values()) {
    if (state.type !== 'state') continue;
    const government = (state.adjectives ?? []).map((adj) => byName.get(`${adj} government`)).find(Boolean);
    const id = government ?? state.actor_id;
    for (const seat of state.capitals ?? []) give(seats, seat, id);
    for (const adj of state.adjectives ?? []) give(adjectives, adj, id);
  }
  return { seats, adjectives };
}
