// --merge: the extraction of a whole corpus from the record tables of its shards (--shard i/n). The
// record tables are joined in article order (inArticleOrder.ts); what looks across the corpus is
// computed again by the functions a single run calls: the articles read once (textsOf), the events
// table (its names and terms set each event against the whole corpus), the actors and candidates
// (actorTables, from every mention and the discovery pass over the whole corpus, which each shard
// ran and recorded), and proposal keys (which compare proposals across events).
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Extraction } from '../Extraction.ts';
import type { DiscoveredActor } from '../actors/discoveredRegistry.ts';
import { actorTables } from '../actors/index.ts';
import { eventsTable } from '../events/eventsTable.ts';
import { proposalKeys } from '../proposals/proposalKeys.ts';
import {
  ARTICLES,
  SENTENCES,
  MENTIONS,
  DATES,
  CASUALTIES,
  PROPOSALS,
  QUOTES,
  rowsOf,
  toTable,
} from '../schema/index.ts';
import { textsOf } from './index.ts';
import { inArticleOrder } from './inArticleOrder.ts';

/** The tables a shard extracts article by article: the merge joins them as they are. */
export const SHARD_RECORDS = [ARTICLES, SENTENCES, MENTIONS, DATES, CASUALTIES, PROPOSALS, QUOTES] as const;

export type ShardTables = Record<
  'articles' | 'sentences' | 'mentions' | 'dates' | 'casualties' | 'proposals' | 'quotes',
  ColumnTable
>;

export function joinShards(
  shards: readonly ShardTables[],
  articleOrder: readonly string[],
  discovered: DiscoveredActor[],
  codebook: Codebook,
  eventLabels: readonly string[],
): Extraction {
  const joined = (name: keyof ShardTables) =>
    inArticleOrder(
      shards.map((s) => s[name]),
      articleOrder,
    );
  const articles = joined('articles');
  const sentences = joined('sentences');
  const { texts } = textsOf({ articles, sentences });
  const rows = (name: keyof ShardTables) => joined(name).objects() as never[];
  return {
    articles,
    events: eventsTable(articles, new Set(eventLabels)),
    sentences,
    ...actorTables(codebook, discovered, rowsOf(MENTIONS, joined('mentions')), texts),
    quotes: toTable(QUOTES, rows('quotes')),
    dates: toTable(DATES, rows('dates')),
    casualties: toTable(CASUALTIES, rows('casualties')),
    proposals: proposalKeys(toTable(PROPOSALS, rows('proposals')), articles, sentences, codebook),
  };
}
