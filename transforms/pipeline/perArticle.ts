// Quotes, dates, casualties and proposals extracted run by run of articles: with one job in this
// thread, with more in a piscina pool (one worker a job, the codebook sent once to each), the runs
// joined back in article order so that the tables do not depend on how many workers ran them.
// Proposal keys, which compare proposals across the corpus, come after, in this thread.
import type { ColumnTable } from 'arquero';
import { Piscina } from 'piscina';
import type { Codebook } from '../codebook/Codebook.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { ARTICLES, MENTIONS, QUOTES, DATES, CASUALTIES, PROPOSALS, toTable, rowsOf } from '../schema/index.ts';
import { proposalKeys } from '../proposals/proposalKeys.ts';
import { articleSteps, type ArticleRows, type ArticleRun } from './articleSteps.ts';

/** At most this many articles per task: enough that sending a task costs little beside its work. */
const RUN = 40;

export interface PerArticleInput {
  articles: ColumnTable;
  sentences: ColumnTable;
  texts: ArticleText[];
  mentions: ColumnTable;
  codebook: Codebook;
}

export type PerArticleTables = Record<keyof ArticleRows, ColumnTable>;

export async function perArticle(input: PerArticleInput, jobs: number): Promise<PerArticleTables> {
  // At least four runs a worker, so that the work is shared evenly.
  const runs = articleRuns(input, Math.max(1, Math.min(RUN, Math.ceil(input.texts.length / (jobs * 4)))));
  let results: ArticleRows[];
  if (jobs <= 1 || runs.length <= 1) results = runs.map((r) => articleSteps(r, input.codebook));
  else {
    const pool = new Piscina({
      filename: new URL('./articleWorker.ts', import.meta.url).href,
      workerData: { codebook: input.codebook },
      minThreads: Math.min(jobs, runs.length),
      maxThreads: Math.min(jobs, runs.length),
    });
    try {
      results = await Promise.all(runs.map((r) => pool.run(r) as Promise<ArticleRows>));
    } finally {
      await pool.destroy();
    }
  }
  const joined = (key: keyof ArticleRows) => results.flatMap((r) => r[key]) as never[];
  return {
    quotes: toTable(QUOTES, joined('quotes')),
    dates: toTable(DATES, joined('dates')),
    casualties: toTable(CASUALTIES, joined('casualties')),
    proposals: proposalKeys(toTable(PROPOSALS, joined('proposals')), input.articles, input.sentences, input.codebook),
  };
}

/** The corpus cut into runs of `size` articles, in article order, each with its texts and mentions. */
function articleRuns({ articles, texts, mentions }: PerArticleInput, size: number): ArticleRun[] {
  const articleRows = rowsOf(ARTICLES, articles) as unknown as Record<string, unknown>[];
  const textOf = new Map(texts.map((t) => [t.article_id, t]));
  const mentionsOf = new Map<string, Record<string, unknown>[]>();
  for (const m of rowsOf(MENTIONS, mentions) as unknown as Record<string, unknown>[]) {
    const id = String(m.article_id);
    const list = mentionsOf.get(id);
    if (list) list.push(m);
    else mentionsOf.set(id, [m]);
  }
  const runs: ArticleRun[] = [];
  for (let i = 0; i < articleRows.length; i += size) {
    const slice = articleRows.slice(i, i + size);
    const ids = slice.map((a) => String(a.article_id));
    runs.push({
      articles: slice,
      texts: ids.map((id) => textOf.get(id)).filter((t): t is ArticleText => t !== undefined),
      mentions: ids.flatMap((id) => mentionsOf.get(id) ?? []),
    });
  }
  return runs;
}
