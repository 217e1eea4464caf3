import { defineTable, text, integer, date, type RowOf } from './defineTable.ts';

export const EVENTS = defineTable('events', 'One event: the articles that report it (see articles.event_id).', {
  event_id: text("Event id, as in articles.event_id: a readable slug, the manifest's label when it names one.", 24),
  name: text(
    "Readable name: the manifest's label, else the event's most distinctive names and term; its publication dates.",
    40,
  ),
  first_published: date('First publication date of its articles.', 12),
  last_published: date('Last publication date of its articles.', 12),
  articles: integer('Number of articles.', 8),
  outlets: integer('Number of outlets.', 8),
  terms: text('Its most distinctive terms (against the whole corpus), joined with "; ".', 50),
});
export type EventRow = RowOf<typeof EVENTS>;
