// Proposals side by side: one row per proposal (proposal_key) and outlet of an event, with how
// that outlet reported it: the statuses ("proposed", "leaked", "denied", "not addressed"), the cue
// words it used and who it named as proposer, each list distinct and joined with "; ", and the
// proposal's summary (the first one in article order). Feeds the Outlets sheets.
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Proposal } from '../schema/index.ts';

interface Summaries {
  summary: string[];
}

const joined = (column: string) =>
  `d => op.join(op.array_agg_distinct(d.${column} == null || d.${column} === '' ? undefined : d.${column}), '; ')`;

export function proposalsByOutlet(proposals: ColumnTable, outlets: ColumnTable): ColumnTable {
  const keyed = proposals
    .filter((d: Proposal) => d.proposal_key != null && d.proposal_key !== '')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .orderby('article_id', 'start');
  const summaries = keyed
    .filter((d: Proposal) => d.summary != null && d.summary !== '')
    .groupby('event_id', 'proposal_key')
    .rollup({ summary: (d: Proposal) => op.array_agg(d.summary) })
    .derive({ summary: (d: Summaries) => d.summary[0] });
  return keyed
    .groupby('event_id', 'proposal_key', 'outlet')
    .rollup({
      status: joined('status'),
      cue: joined('cue'),
      proposer: joined('proposer'),
      statements: () => op.count(),
    })
    .join_left(summaries, [
      ['event_id', 'proposal_key'],
      ['event_id', 'proposal_key'],
    ])
    .derive({ summary: (d: Proposal) => (d.summary == null ? d.proposal_key : d.summary) })
    .orderby('event_id', 'proposal_key', 'outlet')
    .select('event_id', 'proposal_key', 'summary', 'outlet', 'status', 'cue', 'proposer', 'statements');
}
