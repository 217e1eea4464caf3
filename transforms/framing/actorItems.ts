// The actors each outlet names in an event, as omission items: key actor_id, item the actor's
// name from the actors table (the id when it has none). Mentions with no actor are left out.
import type { ColumnTable } from 'arquero';
import type { Mention, Actor } from '../schema/index.ts';

type Named = Pick<Mention, 'actor_id'> & Pick<Actor, 'name'>;

export function actorItems(mentions: ColumnTable, actors: ColumnTable, outlets: ColumnTable): ColumnTable {
  return mentions
    .filter((d: Mention) => d.actor_id != null && d.actor_id !== '')
    .select('article_id', 'actor_id')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .join_left(actors.select('actor_id', 'name'), 'actor_id')
    .derive({
      item_type: () => 'actor',
      key: (d: Named) => d.actor_id,
      item: (d: Named) => (d.name == null || d.name === '' ? d.actor_id : d.name),
    })
    .select('event_id', 'outlet', 'item_type', 'key', 'item')
    .dedupe();
}
