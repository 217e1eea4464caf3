// The per-article extraction steps after the actors' discovery pass (mentions, then quotes, dates,
// casualties, proposals before their corpus-wide keys) on one run of articles: each reads only its
// own articles (and the registry of discovered names, compiled once into the MentionFinder), so a
// corpus can be cut into runs, each extracted on its own (in a worker, articleWorker.ts), and the
// rows joined in article order give the same tables as one pass. Rows travel as plain objects.
import type { Codebook } from '../codebook/Codebook.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { ARTICLES, MENTIONS, toTable } from '../schema/index.ts';
import type { Discovery } from '../actors/discoverActors.ts';
import type { MentionFinder } from '../actors/articleMentions.ts';
import { quotes as extractQuotes } from '../quotes/index.ts';
import { dates as extractDates } from '../dates/index.ts';
import { casualties as extractCasualties } from '../casualties/index.ts';
import { proposals as extractProposals } from '../proposals/index.ts';

export interface ArticleRun {
  /** Rows of the articles table, in table order. */
  articles: Record<string, unknown>[];
  /** Their texts, in the same order. */
  texts: ArticleText[];
  /** Each text's discovered spans (the actors' discovery pass), in the same order. */
  discoveries: Discovery[][];
}

export interface ArticleRows {
  mentions: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
  dates: Record<string, unknown>[];
  casualties: Record<string, unknown>[];
  proposals: Record<string, unknown>[];
}

export function articleSteps(
  { articles, texts, discoveries }: ArticleRun,
  codebook: Codebook,
  findMentions: MentionFinder,
): ArticleRows {
  const mentions = texts.flatMap((t, i) => findMentions(t, discoveries[i])) as Record<string, unknown>[];
  const articleTable = toTable(ARTICLES, articles as never[]);
  const mentionTable = toTable(MENTIONS, mentions as never[]);
  const rows = (table: { objects(): object[] }) => table.objects() as Record<string, unknown>[];
  return {
    mentions,
    quotes: rows(extractQuotes(texts, mentionTable, codebook)),
    dates: rows(extractDates(articleTable, texts)),
    casualties: rows(extractCasualties(texts, codebook)),
    proposals: rows(extractProposals(articleTable, texts, mentionTable, codebook)),
  };
}
