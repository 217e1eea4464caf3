// Test helper: the casualty figures found in a few sentences of one article, with the default
// codebook's casualty terms (read from the committed workbook, as a run does).
import * as aq from 'arquero';
import { readCodebook } from '../../readers/readCodebook.ts';
import { casualties, type CasualtyRow } from '../../transforms/casualties/index.ts';
import { articleTexts } from '../../transforms/text/articleTexts.ts';

const codebook = await readCodebook(new URL('../../sheets/codebook.xlsx', import.meta.url).pathname);

export function figuresIn(...sentences: string[]): CasualtyRow[] {
  const text = sentences.join(' ');
  let at = 0;
  const rows = sentences.map((s, i) => {
    const r = {
      sentence_id: `a:s${i}`,
      article_id: 'a',
      paragraph: 1,
      index: i,
      start: at,
      end: at + s.length,
      text: s,
    };
    at += s.length + 1;
    return r;
  });
  const articles = aq.from([{ article_id: 'a', text }]);
  return casualties(articleTexts(articles, aq.from(rows)), codebook).objects() as CasualtyRow[];
}

/** "figure qualifier kind" per figure found. */
export const brief = (...sentences: string[]) =>
  figuresIn(...sentences).map((r) => `${r.figure} ${r.qualifier} ${r.kind}`);
