// Where things are in one article: its sentences (from the sentences table), its paragraphs and
// headline, and the stretches inside quotation marks. Parsers and refiners of actors and quotes
// ask it which sentence holds an offset and whether an offset is quoted.
import { paragraphSpans } from '../quotes/paragraphSpans.ts';
import { quotedSpans, type QuotedSpan } from '../quotes/parsers/quotedSpans.ts';

export interface SentenceSpan {
  sentence_id: string;
  start: number;
  end: number;
  paragraph: number;
}

export interface ArticleLayout {
  article_id: string;
  text: string;
  sentences: SentenceSpan[];
  paragraphs: [number, number][];
  /** End of the headline (paragraph 0). */
  headlineEnd: number;
  quoted: QuotedSpan[];
}

export function articleLayout(article_id: string, text: string, sentences: SentenceSpan[]): ArticleLayout {
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
export function sentenceAt(layout: ArticleLayout, offset: number): SentenceSpan | undefined {
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

export function paragraphAt(layout: ArticleLayout, offset: number): number {
  return layout.paragraphs.findIndex(([s, e]) => offset >= s && offset <= e);
}

export function isQuoted(layout: ArticleLayout, start: number, end = start + 1): boolean {
  return layout.quoted.some((q) => start >= q.start && end <= q.end);
}

export const inHeadline = (layout: ArticleLayout, offset: number) => offset < layout.headlineEnd;
