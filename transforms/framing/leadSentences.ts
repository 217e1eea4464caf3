// The lead of each article: the first two sentences of the body (paragraph 1 and after;
// paragraph 0 is the headline) that are prose. Datelines, dates and bylines that the article
// text keeps ("AFP , Thursday 14 Jul 2016", "15 July, 2016": under six words), lines without
// final punctuation (bylines, subheads) and photo captions ending in a credit ("... (Photo:
// Reuters)", "... [AFP]", "File photo of ...") are passed over, as a reader skips them. Returns one row per lead sentence: sentence_id, in_lead = true.
import * as aq from 'arquero';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';

export const LEAD_SENTENCES = 2;
const MIN_WORDS = 6;
const CREDIT_AT_END = /[([](?:photo|picture|image)?:?\s*[^()[\]]{0,40}[)\]]\s*$/i;
const FINAL_PUNCTUATION = /[.!?\u2026]['"\u2019\u201d)]*$/;

export function isProse(text: string | null): boolean {
  const t = (text ?? '').trim();
  return (t.match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_WORDS && !CREDIT_AT_END.test(t) && FINAL_PUNCTUATION.test(t) && !/^file (?:photo|picture|image)\b/i.test(t);
}

export function leadSentences(sentences: ColumnTable): ColumnTable {
  return sentences
    .params({ lead: LEAD_SENTENCES })
    .filter((d: any) => d.paragraph >= 1)
    .filter(aq.escape((d: any) => isProse(d.text)))
    .groupby('article_id')
    .orderby('index')
    .derive({ body_rank: () => op.row_number() })
    .filter((d: any, $: any) => d.body_rank <= $.lead)
    .ungroup()
    .derive({ in_lead: () => true })
    .select('sentence_id', 'in_lead');
}
