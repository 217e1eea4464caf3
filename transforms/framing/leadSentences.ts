// The lead of each article: the first two sentences of the body (paragraph 1 and after;
// paragraph 0 is the headline) that are prose. Datelines, dates and bylines that the article
// text keeps ("AFP , Thursday 14 Jul 2016", "15 July, 2016": under six words), lines without
// final punctuation (bylines, subheads) and photo captions ending in a credit ("... (Photo:
// Reuters)", "... [AFP]", "File photo of ...") are passed over, as a reader skips them. Returns one
// row per lead sentence: sentence_id, in_lead = true, ordered by sentence index (then table order).
// Each article's body sentences are read in index order and only until two prose ones are found.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

export const LEAD_SENTENCES = 2;
const MIN_WORDS = 6;
const CREDIT_AT_END = /[([](?:photo|picture|image)?:?\s*[^()[\]]{0,40}[)\]]\s*$/i;
const FINAL_PUNCTUATION = /[.!?\u2026]['"\u2019\u201d)]*$/;

export function isProse(text: string | null): boolean {
  const t = (text ?? '').trim();
  return (
    (t.match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_WORDS &&
    !CREDIT_AT_END.test(t) &&
    FINAL_PUNCTUATION.test(t) &&
    !/^file (?:photo|picture|image)\b/i.test(t)
  );
}

/** The row numbers of the lead sentences, in index order (ties in table order). */
export function leadRows(sentences: ColumnTable): number[] {
  const articles = sentences.array('article_id') as string[];
  const paragraphs = sentences.array('paragraph') as (number | null)[];
  const indexes = sentences.array('index') as number[];
  const texts = sentences.array('text') as (string | null)[];
  const byArticle = new Map<string, number[]>();
  for (let r = 0; r < articles.length; r++) {
    if (!((paragraphs[r] as number) >= 1)) continue;
    const rows = byArticle.get(articles[r]);
    if (rows) rows.push(r);
    else byArticle.set(articles[r], [r]);
  }
  const byIndex = (a: number, b: number) => indexes[a] - indexes[b] || a - b;
  const lead: number[] = [];
  for (const rows of byArticle.values()) {
    let found = 0;
    for (const r of rows.sort(byIndex)) {
      if (!isProse(texts[r])) continue;
      lead.push(r);
      if (++found === LEAD_SENTENCES) break;
    }
  }
  return lead.sort(byIndex);
}

export function leadSentences(sentences: ColumnTable): ColumnTable {
  const ids = sentences.array('sentence_id') as string[];
  const rows = leadRows(sentences);
  return aq.table({ sentence_id: rows.map((r) => ids[r]), in_lead: rows.map(() => true) });
}
