// The proposals each outlet reports in an event, as omission items: key proposal_key (the same
// for the same proposal across articles), item its summary (the first non-empty summary in
// article order, the key when there is none).
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Proposal } from '../schema/index.ts';

interface Summaries {
  summary: string[];
}

export function proposalItems(proposals: ColumnTable, outlets: ColumnTable): ColumnTable {
  const keyed = proposals
    .filter((d: Proposal) => d.proposal_key != null && d.proposal_key !== '')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id');
  const summaries = keyed
    .filter((d: Proposal) => d.summary != null && op.trim(d.summary) !== '')
    .orderby('article_id', 'start')
    .groupby('event_id', 'proposal_key')
    .rollup({ summary: (d: Proposal) => op.array_agg(d.summary) })
    .derive({ summary: (d: Summaries) => d.summary[0] });
  return keyed
    .select('event_id', 'outlet', 'proposal_key')
    .join_left(summaries, [
      ['event_id', 'proposal_key'],
      ['event_id', 'proposal_key'],
    ])
    .derive({
      item_type: () => 'proposal',
      key: (d: Proposal) => d.proposal_key,
      item: (d: Proposal) => (d.summary == null ? d.proposal_key : d.summary),
    })
    .select('event_id', 'outlet', 'item_type', 'key', 'item')
    .dedupe();
}
