import { defineTable, text, integer, type RowOf } from './defineTable.ts';

export const QUOTES = defineTable(
  'quotes',
  'One quotation: a pair of quotation marks (direct) or a reported statement (indirect).',
  {
    quote_id: text('Stable id.', 28),
    article_id: text('Article.', 28),
    sentence_id: text('Sentence where the quote opens.', 28),
    start: integer('UTF-16 offset of the quoted words.', 7),
    end: integer('UTF-16 offset just past the quoted words.', 7),
    speaker: text('Actor quoted (see actors); empty when unknown.', 18),
    text: text('The quoted words.', 60),
    kind: text('direct or indirect.', 8),
    verb: text('Speech verb (said, insisted, warned, told...).', 10),
    parser: text('The parser that found the quote: quotationMarks (direct) or indirectSpeech (indirect).', 16),
    // Beyond the contract:
    speaker_text: text('The attribution as written ("a senior US official", "he"), also for unnamed sources.', 22),
  },
);
export type Quote = RowOf<typeof QUOTES>;
