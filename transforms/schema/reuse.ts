import { defineTable, text, integer, number, type RowOf } from './defineTable.ts';

export const REUSE = defineTable('reuse', 'One ordered pair of articles of an event.', {
  event_id: text('Event.', 24),
  article_a: text('Article whose shingles are counted.', 28),
  article_b: text('Article they are looked for in.', 28),
  containment: number("Share of article_a's 5-word shingles also in article_b.", 11),
  shared_shingles: integer('Number of shared shingles.', 9),
});
export type Reuse = RowOf<typeof REUSE>;
