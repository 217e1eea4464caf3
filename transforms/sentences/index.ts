// The sentences table: every article's text cut into sentences, with offsets into
// articles.text, numbered across the article (`${article_id}:s${index}`), paragraph 0 being
// the headline.
import type { ColumnTable } from 'arquero';
import { ARTICLES, SENTENCES, rowsOf, toTable, type Sentence } from '../schema/index.ts';
import { splitSentences } from './splitSentences.ts';

export function sentences(articles: ColumnTable): ColumnTable {
  const rows: Sentence[] = [];
  for (const { article_id, text } of rowsOf(ARTICLES, articles)) {
    splitSentences(text ?? '').forEach((s, index) => {
      rows.push({
        sentence_id: `${article_id}:s${index}`,
        article_id,
        paragraph: s.paragraph,
        index,
        start: s.start,
        end: s.end,
        text: s.text,
      });
    });
  }
  return toTable(SENTENCES, rows);
}
