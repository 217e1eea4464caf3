// The shared reading of one article: its text, its sentences (from the sentences table), its
// paragraphs and headline, and the stretches inside quotation marks. Built once per article
// (articleTexts) and handed to every extractor, which ask it which sentence or paragraph holds
// an offset and whether an offset is quoted.
import { paragraphSpans } from './paragraphSpans.ts';
import { quotedSpans, type QuotedSpan } from './quotedSpans.ts';

export interface SentenceSpan {
  sentence_id: string;
  start: number;
  end: number;
  paragraph: number;
  text: string;
}

export interface ArticleText {
  article_id: string;
  text: string;
  /** In text order. */
  sentences: SentenceSpan[];
  paragraphs: [number, number][];
  /** End of the headline (paragraph 0). */
  headlineEnd: number;
  quoted: QuotedSpan[];
}

export function articleText(article_id: string, text: string, sentences: SentenceSpan[]): ArticleText {
  const paragraphs = paragraphSpans(text);
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  return {
    article_id,
    text,
    sentences: sorted,
    paragraphs,
    headlineEnd: paragraphs[0]?.[1] ?? 0,
    quoted: quotedSpans(text),
  };
}

/** The sentence holding an offset (the last one starting at or before it). */
export function sentenceAt(layout: ArticleText, offset: number): SentenceSpan | undefined {
  let lo = 0,
    hi = layout.sentences.length - 1,
    found: SentenceSpan | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (layout.sentences[mid].start <= offset) {
      found = layout.sentences[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function paragraphAt(layout: ArticleText, offset: number): number {
  return layout.paragraphs.findIndex(([s, e]) => offset >= s && offset <= e);
}

/** Whether text[start, end) lies inside one pair of quotation marks. */
export function isQuoted(layout: ArticleText, start: number, end = start + 1): boolean {
  return layout.quoted.some((q) => start >= q.start && end <= q.end);
}

export const inHeadline = (layout: ArticleText, offset: number) => offset < layout.headlineEnd;
