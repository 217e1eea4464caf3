// Every article read once into the shared text layer, in the order of the articles table: the
// sentences table grouped by article here, and nowhere else.
import type { ColumnTable } from 'arquero';
import { ARTICLES, SENTENCES, rowsOf } from '../schema/index.ts';
import { articleText, type ArticleText, type SentenceSpan } from './ArticleText.ts';

export function articleTexts(articles: ColumnTable, sentences: ColumnTable): ArticleText[] {
  const byArticle = new Map<string, SentenceSpan[]>();
  for (const s of rowsOf(SENTENCES, sentences)) {
    const span: SentenceSpan = {
      sentence_id: s.sentence_id ?? '',
      start: s.start ?? 0,
      end: s.end ?? 0,
      paragraph: s.paragraph ?? 0,
      text: s.text ?? '',
    };
    const list = byArticle.get(s.article_id ?? '');
    if (list) list.push(span);
    else byArticle.set(s.article_id ?? '', [span]);
  }
  return rowsOf(ARTICLES, articles).map((a) =>
    articleText(a.article_id ?? '', a.text ?? '', byArticle.get(a.article_id ?? '') ?? []),
  );
}
