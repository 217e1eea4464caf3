// "the Libyan Red Crescent" is not a codebook's "Syrian Arab Red Crescent" that lists "Red Crescent"
// as an alias: an alias right after the adjective of another state than the one the actor's name
// opens with names that state's body, which discovery then finds in full. Applied to the codebook
// matches of both passes (discoveryPass.ts, articleMentions.ts).
import type { ActorMatcher } from './compileActorMatcher.ts';
import type { AliasMatch } from './parsers/aliasMatcher.ts';
import { stateOfName, stateOfWord } from './stateOfName.ts';

export function withoutForeignBodies(text: string, matches: AliasMatch[], matcher: ActorMatcher): AliasMatch[] {
  return matches.filter((m) => {
    if (m.entry.actorType === 'state' || m.entry.actorType === 'person') return true;
    const before = /(\p{Lu}[\p{L}-]+) $/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    const named = before && stateOfWord(before);
    if (!named) return true;
    const own = stateOfName(matcher.actors.get(m.entry.actor_id)?.name ?? '');
    return !own || own === named;
  });
}
