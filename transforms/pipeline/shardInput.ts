// --shard i/n: the part of the corpus one shard extracts. Articles, events, the sentences split and
// the actors' discovery pass run over the whole corpus first (so that event ids, event names and
// discovered actors are those of a single run); this keeps, of the per-article extraction's input
// and of the events table, only the events that hash to shard i (shardOf.ts), each whole, with their
// articles and sentences, in the order of the whole corpus.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { ARTICLES, rowsOf } from '../schema/index.ts';
import type { PerArticleInput } from './perArticle.ts';
import { shardOf, type Shard } from './shardOf.ts';

export type ShardInput = PerArticleInput & { events: ColumnTable };

export function shardInput(input: ShardInput, { i, n }: Shard): ShardInput {
  const ids = new Set(
    rowsOf(ARTICLES, input.articles)
      .filter((a) => shardOf(String(a.event_id ?? ''), n) === i)
      .map((a) => String(a.article_id)),
  );
  const kept = input.texts.map((_, k) => k).filter((k) => ids.has(input.texts[k].article_id));
  const where = (table: ColumnTable, column: string, keep: (value: string) => boolean) =>
    table.filter(aq.escape((d: Record<string, unknown>) => keep(String(d[column] ?? '')))).reify();
  const articles = where(input.articles, 'article_id', (id) => ids.has(id));
  return {
    ...input,
    articles,
    events: where(input.events, 'event_id', (id) => shardOf(id, n) === i),
    sentences: where(input.sentences, 'article_id', (id) => ids.has(id)),
    texts: kept.map((k) => input.texts[k]),
    discovery: { ...input.discovery, discoveries: kept.map((k) => input.discovery.discoveries[k]) },
  };
}
