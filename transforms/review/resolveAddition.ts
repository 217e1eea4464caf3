// What a candidate's `add as` asks for, against the codebook: `new` makes it an actor of its own;
// an actor's name (or id), case aside, adds the candidate's name as that actor's alias. Refused
// (with the reason) where the actor is unknown or the name already belongs to an actor.
import type { Codebook, CodebookActor } from '../codebook/Codebook.ts';
import { slug } from '../codebook/slug.ts';
import { NEW_ACTOR } from './reviewedTables.ts';
import type { ReviewAddition } from './Review.ts';

export type Resolution =
  { kind: 'alias'; actor: CodebookActor } | { kind: 'new' } | { kind: 'refused'; reason: string };

export function resolveAddition(codebook: Codebook, addition: ReviewAddition): Resolution {
  const owner = codebook.actors.find((a) => a.aliases.includes(addition.name) || a.name === addition.name);
  if (owner) return { kind: 'refused', reason: `"${addition.name}" is already a name of ${owner.name}` };
  if (addition.add_as.toLowerCase() === NEW_ACTOR) {
    const twin = codebook.actors.find((a) => a.actor_id === slug(addition.name));
    return twin
      ? { kind: 'refused', reason: `a new actor "${addition.name}" would share the id of ${twin.name}` }
      : { kind: 'new' };
  }
  const wanted = addition.add_as.toLowerCase();
  const actor = codebook.actors.find(
    (a) => a.name.toLowerCase() === wanted || a.actor_id === wanted || a.actor_id === slug(addition.add_as),
  );
  return actor
    ? { kind: 'alias', actor }
    : { kind: 'refused', reason: `no actor "${addition.add_as}" in the codebook` };
}
