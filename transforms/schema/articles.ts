import { defineTable, text, integer, date, type RowOf } from './defineTable.ts';

export const ARTICLES = defineTable('articles', 'One article of the corpus, as analysed.', {
  article_id: text('File name without its extension; stable across runs.', 28),
  file: text('File name in the corpus folder.', 28),
  outlet: text('Outlet that published it (manifest, else detected in the text).', 22),
  wire: text('News agency the text credits (AFP, Reuters, AP...), empty when none.', 10),
  published: date('Publication date.', 12),
  published_source: text('Where `published` came from: manifest, text, event or unknown.', 12),
  headline: text('Headline.', 50),
  event_id: text('Event the article reports; articles with the same id report the same event.', 24),
  url: text('URL from the manifest.', 30),
  words: integer('Number of words in `text`.', 8),
  text: text(
    'Headline, a blank line, then the body, with page furniture removed. Offsets elsewhere point into it.',
    60,
  ),
});
export type Article = RowOf<typeof ARTICLES>;
