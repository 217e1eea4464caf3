// The lead of each article: the first two sentences of the body (paragraph 1 and after;
// paragraph 0 is the headline). Returns one row per lead sentence: sentence_id, in_lead = true.
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';

export const LEAD_SENTENCES = 2;

export function leadSentences(sentences: ColumnTable): ColumnTable {
  return sentences
    .params({ lead: LEAD_SENTENCES })
    .filter((d: any) => d.paragraph >= 1)
    .groupby('article_id')
    .orderby('index')
    .derive({ body_rank: () => op.row_number() })
    .filter((d: any, $: any) => d.body_rank <= $.lead)
    .ungroup()
    .derive({ in_lead: () => true })
    .select('sentence_id', 'in_lead');
}
