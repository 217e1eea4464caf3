// The world layer beneath the user's codebook. Every world actor the codebook does not have joins
// it (source `world`); one it has (same name, or its name among the codebook actor's aliases)
// stays the codebook's row, which gains the world's adjectives, people nouns and capitals and the
// world's names no other codebook actor claims. A name a codebook actor claims is never given to a
// world actor: the user's codebook wins wherever the two disagree.
import type { Codebook, CodebookActor } from './Codebook.ts';
import type { WorldActor } from '../world/WorldActor.ts';
import { worldActors } from '../world/worldActors.ts';
import { slug } from './slug.ts';

const key = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();

export function withWorld(codebook: Codebook, world: WorldActor[] = worldActors()): Codebook {
  if (codebook.world === false) return codebook;
  const claimedBy = new Map<string, CodebookActor>();
  for (const a of codebook.actors)
    for (const n of [a.name, ...a.aliases]) if (!claimedBy.has(key(n))) claimedBy.set(key(n), a);
  const ids = new Set(codebook.actors.map((a) => a.actor_id));
  const merged = new Map<CodebookActor, CodebookActor>();
  const added: CodebookActor[] = [];
  world.forEach((w, row) => {
    const own = claimedBy.get(key(w.name));
    const free = (names: string[], holder?: CodebookActor) =>
      names.filter((n) => {
        const c = claimedBy.get(key(n));
        return !c || c === holder;
      });
    if (own) {
      const base = merged.get(own) ?? own;
      merged.set(own, {
        ...base,
        aliases: unique([...base.aliases, ...free(w.aliases, own)]),
        adjectives: unique([...(base.adjectives ?? []), ...free(w.adjectives, own)]),
        people: unique([...(base.people ?? []), ...free(w.people, own)]),
        capitals: unique([...(base.capitals ?? []), ...free(w.capitals, own)]),
      });
      return;
    }
    let actor_id = slug(w.name);
    if (ids.has(actor_id)) actor_id = `${actor_id}-world`;
    ids.add(actor_id);
    added.push({
      actor_id,
      name: w.name,
      type: w.type,
      aliases: free(w.aliases),
      camp: '',
      titles: [],
      source: 'world',
      adjectives: free(w.adjectives),
      people: free(w.people),
      capitals: free(w.capitals),
      ref: {
        file: 'world layer',
        sheet: w.type === 'state' ? 'states' : w.type === 'media' ? 'media' : 'organizations',
        row: row + 1,
      },
    });
  });
  return { ...codebook, actors: [...codebook.actors.map((a) => merged.get(a) ?? a), ...added] };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
