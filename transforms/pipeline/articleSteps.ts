// The per-article extraction steps after actors (quotes, dates, casualties, proposals before their
// corpus-wide keys) on one run of articles: each reads only its own articles, so a corpus can be
// cut into runs, each extracted on its own (in a worker, articleWorker.ts), and the rows joined in
// article order give the same tables as one pass. Rows travel as plain objects.
import type { Codebook } from '../codebook/Codebook.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { ARTICLES, MENTIONS, toTable } from '../schema/index.ts';
import { quotes as extractQuotes } from '../quotes/index.ts';
import { dates as extractDates } from '../dates/index.ts';
import { casualties as extractCasualties } from '../casualties/index.ts';
import { proposals as extractProposals } from '../proposals/index.ts';

export interface ArticleRun {
  /** Rows of the articles table, in table order. */
  articles: Record<string, unknown>[];
  /** Their texts, in the same order. */
  texts: ArticleText[];
  /** Rows of the mentions table for these articles. */
  mentions: Record<string, unknown>[];
}

export interface ArticleRows {
  quotes: Record<string, unknown>[];
  dates: Record<string, unknown>[];
  casualties: Record<string, unknown>[];
  proposals: Record<string, unknown>[];
}

export function articleSteps({ articles, texts, mentions }: ArticleRun, codebook: Codebook): ArticleRows {
  const articleTable = toTable(ARTICLES, articles as never[]);
  const mentionTable = toTable(MENTIONS, mentions as never[]);
  const rows = (table: { objects(): object[] }) => table.objects() as Record<string, unknown>[];
  return {
    quotes: rows(extractQuotes(texts, mentionTable, codebook)),
    dates: rows(extractDates(articleTable, texts)),
    casualties: rows(extractCasualties(texts, codebook)),
    proposals: rows(extractProposals(articleTable, texts, mentionTable, codebook)),
  };
}
