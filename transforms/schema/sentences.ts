import { defineTable, text, integer, type RowOf } from './defineTable.ts';

export const SENTENCES = defineTable('sentences', 'One sentence of an article.', {
  sentence_id: text('Article id and sentence number.', 28),
  article_id: text('Article.', 28),
  paragraph: integer('Paragraph number in the article, 0 for the headline.', 9),
  index: integer('Sentence number in the article, from 0.', 7),
  start: integer('UTF-16 offset of the first character in the article text.', 7),
  end: integer('UTF-16 offset just past the last character.', 7),
  text: text('The sentence.', 80),
});
export type Sentence = RowOf<typeof SENTENCES>;
