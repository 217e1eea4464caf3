import { defineTable, text, number, type RowOf } from './defineTable.ts';

export const ALIGNMENT = defineTable(
  'alignment',
  'One sentence and its best match among the other articles of its event.',
  {
    sentence_id: text('Sentence.', 28),
    article_id: text('Article.', 28),
    event_id: text('Event.', 24),
    best_sentence_id: text('Most similar sentence in another article of the event.', 28),
    best_article_id: text('Its article.', 28),
    similarity: number('Similarity in [0, 1].', 10),
    status: text('shared, paraphrased or unique.', 11),
  },
);
export type Alignment = RowOf<typeof ALIGNMENT>;
