import { defineTable, text, type RowOf } from './defineTable.ts';

export const ACTOR_TYPES = ['person', 'state', 'organization', 'armed_group', 'media', 'other'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ACTORS = defineTable('actors', 'One actor: from the codebook, or discovered in the text.', {
  actor_id: text('Stable id (a slug of the name).', 24),
  name: text('Canonical name.', 26),
  type: text('person, state, organization, armed_group, media or other.', 12),
  aliases: text('Names that count as this actor, joined with "; ".', 50),
  source: text('codebook or discovered.', 11),
});
export type Actor = RowOf<typeof ACTORS>;
