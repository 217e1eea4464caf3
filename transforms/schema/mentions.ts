import { defineTable, text, integer, boolean, type RowOf } from './defineTable.ts';

export const MENTIONS = defineTable('mentions', 'One mention of an actor in an article.', {
  mention_id: text('Stable id.', 30),
  article_id: text('Article.', 28),
  sentence_id: text('Sentence holding the mention.', 28),
  start: integer('UTF-16 offset in the article text.', 7),
  end: integer('UTF-16 offset just past the mention.', 7),
  surface: text('The name as written, without titles.', 24),
  actor_id: text('Actor (see actors).', 22),
  descriptor: text('Label the text attaches to the actor at this mention ("Syrian strongman"), empty when none.', 28),
  in_headline: boolean('Whether the mention is in the headline.', 11),
  parser: text(
    'The parser that found the mention (aliasMatcher, titledName, roleMention...), to filter or audit a phrasing.',
    16,
  ),
});
export type Mention = RowOf<typeof MENTIONS>;
