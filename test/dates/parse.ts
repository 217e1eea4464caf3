// Test helper: the dates found in one sentence, with a pinned reference day (never the clock).
import * as aq from 'arquero';
import { dates } from '../../transforms/dates/index.ts';
import { articleTexts } from '../../transforms/text/articleTexts.ts';

export interface Found {
  surface: string;
  value: string;
  granularity: string;
  anchor: string;
  start: number;
  parser: string;
}

export function datesIn(sentence: string, published: string, source = 'manifest'): Found[] {
  const articles = aq.from([
    {
      article_id: 'a',
      file: 'a.txt',
      outlet: '',
      wire: '',
      published,
      published_source: source,
      headline: '',
      event_id: '',
      url: '',
      words: 0,
      text: sentence,
    },
  ]);
  const sentences = aq.from([
    { sentence_id: 'a:s0', article_id: 'a', paragraph: 1, index: 0, start: 0, end: sentence.length, text: sentence },
  ]);
  return (dates(articles, articleTexts(articles, sentences)).objects() as Found[]).map(
    ({ surface, value, granularity, anchor, start, parser }) => ({
      surface,
      value,
      granularity,
      anchor,
      start,
      parser,
    }),
  );
}

/** "surface=value" for each date found, for compact assertions. */
export const pairs = (sentence: string, published: string) =>
  datesIn(sentence, published).map((d) => `${d.surface}=${d.value}`);
