// The actors discovered across the corpus, merged by id (a slug of the name): one row per actor,
// with the names it was found under and the parsers that found it. A discovered name whose slug
// is a codebook id is the codebook's actor, not a new one.
import type { Codebook } from '../codebook/Codebook.ts';
import type { ActorType } from '../schema/index.ts';
import type { Discovery } from './discoverActors.ts';
import { slug } from '../codebook/slug.ts';

export interface DiscoveredActor {
  actor_id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  parsers: string[];
}

export function discoveredRegistry(discoveries: Discovery[], codebook: Codebook) {
  const codebookIds = new Set(codebook.actors.map((a) => a.actor_id));
  const byId = new Map<string, DiscoveredActor>();
  for (const { span, codebookId } of discoveries) {
    const id = slug(span.name);
    if (codebookId || codebookIds.has(id) || !id) continue;
    const a = byId.get(id) ?? { actor_id: id, name: span.name, type: span.type, aliases: [span.name], parsers: [] };
    if (!a.parsers.includes(span.parser)) a.parsers.push(span.parser);
    // "the Hamas movement" then "Hamas fighters": the armed group is the more telling type.
    if (a.type === 'organization' && span.type === 'armed_group') a.type = span.type;
    if (span.acronym && !a.aliases.includes(span.acronym)) a.aliases.push(span.acronym);
    if (span.nickname && !a.aliases.includes(span.nickname)) a.aliases.push(span.nickname);
    if (span.type === 'person') {
      const surname = span.name.split(' ').pop()!;
      if (surname !== span.name && !a.aliases.includes(surname)) a.aliases.push(surname);
    }
    byId.set(id, a);
  }
  return registryFrom([...byId.values()]);
}

export type Registry = ReturnType<typeof registryFrom>;

/** The registry of the discovered actors given (as a worker rebuilds it from plain rows). */
export function registryFrom(actors: DiscoveredActor[]) {
  return {
    actors,
    persons: new Set(actors.filter((a) => a.type === 'person').map((a) => a.actor_id)),
    idOf: (name: string) => slug(name),
  };
}
