// The codebook with the user's additions from the Candidates sheet, for this run: a candidate
// added as an actor's alias joins that actor's aliases; one added as `new` becomes an actor (its
// type as guessed when it is an actor type, else `other`; its suggested aliases with it). The
// codebook file itself is not changed. Additions resolveAddition refuses are left out.
import type { Codebook, CodebookActor } from '../codebook/Codebook.ts';
import { slug } from '../codebook/slug.ts';
import { ACTOR_TYPES, type ActorType } from '../schema/index.ts';
import type { Review, ReviewAddition } from './Review.ts';
import { resolveAddition } from './resolveAddition.ts';

export function reviewCodebook(codebook: Codebook, review: Review): Codebook {
  const additions = review.additions.objects() as ReviewAddition[];
  if (!additions.length) return codebook;
  let current: Codebook = { ...codebook, actors: codebook.actors.map((a) => ({ ...a, aliases: [...a.aliases] })) };
  for (const addition of additions) {
    const resolved = resolveAddition(current, addition);
    if (resolved.kind === 'alias') {
      current = {
        ...current,
        actors: current.actors.map((a) =>
          a === resolved.actor ? { ...a, aliases: [...a.aliases, addition.name] } : a,
        ),
      };
    } else if (resolved.kind === 'new') {
      current = { ...current, actors: [...current.actors, newActor(addition, review.file ?? 'review', current)] };
    }
  }
  return current;
}

function newActor(addition: ReviewAddition, file: string, codebook: Codebook): CodebookActor {
  const type = (ACTOR_TYPES as readonly string[]).includes(addition.type) ? (addition.type as ActorType) : 'other';
  const taken = new Set(codebook.actors.flatMap((a) => a.aliases));
  const suggested = addition.aliases
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s && !taken.has(s));
  const aliases = [addition.name, ...suggested.filter((s) => s !== addition.name)];
  return {
    actor_id: slug(addition.name),
    name: addition.name,
    type,
    aliases,
    camp: '',
    titles: [],
    ref: { file, sheet: addition.sheet, row: addition.row },
  };
}
