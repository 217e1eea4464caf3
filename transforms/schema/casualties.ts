import { defineTable, text, integer, type RowOf } from './defineTable.ts';

/** The kinds of casualty figure the contract allows (casualties.kind), in contract order. */
export const CASUALTY_KINDS = ['killed', 'wounded', 'displaced', 'detained', 'missing', 'affected'] as const;
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];
/** The qualifiers the contract allows (casualties.qualifier), in contract order. */
export const CASUALTY_QUALIFIERS = ['exact', 'at least', 'more than', 'about', 'up to', 'fewer than'] as const;

export const CASUALTIES = defineTable('casualties', 'One casualty figure cited in an article.', {
  casualty_id: text('Stable id.', 28),
  article_id: text('Article.', 28),
  sentence_id: text('Sentence.', 28),
  start: integer('UTF-16 offset in the article text.', 7),
  end: integer('UTF-16 offset just past the figure expression.', 7),
  surface: text('The figure expression as written.', 30),
  figure: integer('The number (lower bound of a range; "millions" is 1000000).', 10),
  qualifier: text('exact, at least, more than, about, up to or fewer than.', 11),
  kind: text('killed, wounded, displaced, detained, missing or affected.', 11),
  victims: text('Who (civilians, people, soldiers...).', 14),
  location: text('Where, as written.', 16),
  source: text('Cited source, as written.', 28),
  // Beyond the contract:
  hedge: text(
    'A hedge the text attaches to the figure ("the actual figure may be much higher"), from its sentence or the next.',
    30,
  ),
  parser: text('The parser that found the figure, to filter or audit a phrasing.', 16),
});
export type Casualty = RowOf<typeof CASUALTIES>;
