import { defineTable, text, integer, type RowOf } from './defineTable.ts';

export const DATES = defineTable('dates', 'One date expression that can be placed on a calendar.', {
  date_id: text('Stable id.', 28),
  article_id: text('Article.', 28),
  sentence_id: text('Sentence.', 28),
  start: integer('UTF-16 offset in the article text.', 7),
  end: integer('UTF-16 offset just past the expression.', 7),
  surface: text('The expression as written.', 20),
  value: text('ISO date: YYYY-MM-DD, YYYY-MM or YYYY by granularity; empty when it cannot be resolved.', 12),
  granularity: text('day, month or year.', 11),
  anchor: text(
    'absolute (stated in full), published (relative to the publication date), event (relative to the event date) or none.',
    10,
  ),
  parser: text(
    "The parser that found it: one of ours (yearParser...) or chrono's own (chrono/ENMonthNameLittleEndianParser...).",
    24,
  ),
});
export type DateRow = RowOf<typeof DATES>;
