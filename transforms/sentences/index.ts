// The sentences table: every article's text cut into sentences, with offsets into
// articles.text, numbered across the article (`${article_id}:s${index}`), paragraph 0 being
// the headline. The steps, in order (splitSentences.ts):
//   1. paragraphs at blank lines, the headline first: each sentence keeps its paragraph;
//   2. lines: a line break always ends a sentence (captions, datelines and standfirsts sit on
//      lines of their own), so the segmenter never joins them to the body;
//   3. Intl.Segmenter within each line finds the candidate boundaries;
//   4. repair, last, since it judges the segmenter's splits: joins back what was split after an
//      abbreviation that does not end the sentence ("Feb.", "U.S."; abbreviations.ts) or before a
//      lone bracketed credit ("(AFP)").
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
