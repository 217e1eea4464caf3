// Mentions, quotes, dates, casualties and proposals extracted run by run of articles: with one job
// in this thread, with more in a piscina pool (one worker a job, the codebook and the discovered
// actors sent once to each and compiled there once), the runs joined back in article order so that
// the tables do not depend on how many workers ran them. The actors' discovery pass comes before,
// and the corpus-wide parts after, in this thread: the actors and candidates tables (from the
// mentions), proposal keys (which compare proposals across the corpus).
import type { ColumnTable } from 'arquero';
import { Piscina } from 'piscina';
import type { Codebook } from '../codebook/Codebook.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { ARTICLES, QUOTES, DATES, CASUALTIES, PROPOSALS, toTable, rowsOf, type Mention } from '../schema/index.ts';
import { actorTables, mentionFinder, type DiscoveryPass } from '../actors/index.ts';
import { proposalKeys } from '../proposals/proposalKeys.ts';
import { articleSteps, type ArticleRows, type ArticleRun } from './articleSteps.ts';
import { internedStrings } from '../text/internedStrings.ts';

/** At most this many articles per task: enough that sending a task costs little beside its work. */
const RUN = 40;

export interface PerArticleInput {
  articles: ColumnTable;
  sentences: ColumnTable;
  texts: ArticleText[];
  /** The actors' discovery pass over the corpus (transforms/actors/discoveryPass.ts). */
  discovery: DiscoveryPass;
  codebook: Codebook;
}

export type PerArticleTables = Record<Exclude<keyof ArticleRows, 'mentions'>, ColumnTable> & {
  actors: ColumnTable;
  mentions: ColumnTable;
  candidates: ColumnTable;
};

export async function perArticle(input: PerArticleInput, jobs: number): Promise<PerArticleTables> {
  // At least four runs a worker, so that the work is shared evenly.
  const runs = articleRuns(input, Math.max(1, Math.min(RUN, Math.ceil(input.texts.length / (jobs * 4)))));
  let results: ArticleRows[];
  const { codebook, discovery } = input;
  if (jobs <= 1 || runs.length <= 1) {
    const findMentions = mentionFinder(codebook, discovery.registry);
    results = runs.map((r) => articleSteps(r, codebook, findMentions));
  } else {
    const pool = new Piscina({
      filename: new URL('./articleWorker.ts', import.meta.url).href,
      workerData: { codebook, registry: discovery.registry },
      minThreads: Math.min(jobs, runs.length),
      maxThreads: Math.min(jobs, runs.length),
    });
    try {
      results = await Promise.all(runs.map((r) => pool.run(r) as Promise<ArticleRows>));
    } finally {
      await pool.destroy();
    }
  }
  // Rows back from workers are copies, each with its own copy of every id and label: one copy each.
  // Each run's rows are let go once joined, so that no table's rows are held twice.
  const intern = internedStrings();
  const joined = (key: keyof ArticleRows) => {
    const rows = results.flatMap((r) => r[key]);
    for (const r of results) r[key] = [];
    if (jobs > 1) for (const row of rows) internValues(row, intern);
    return rows as never[];
  };
  return {
    ...actorTables(codebook, discovery.registry, joined('mentions') as Partial<Mention>[], input.texts),
    quotes: toTable(QUOTES, joined('quotes')),
    dates: toTable(DATES, joined('dates')),
    casualties: toTable(CASUALTIES, joined('casualties')),
    proposals: proposalKeys(toTable(PROPOSALS, joined('proposals')), input.articles, input.sentences, input.codebook),
  };
}

/** Row keys (unique to their row) are left alone; short strings that recur are interned. */
const ROW_KEYS = new Set(['mention_id', 'quote_id', 'date_id', 'casualty_id', 'proposal_id']);
const INTERN_UP_TO = 80;

function internValues(row: Record<string, unknown>, intern: (s: string) => string): void {
  for (const key in row) {
    const value = row[key];
    if (typeof value === 'string' && value.length <= INTERN_UP_TO && !ROW_KEYS.has(key)) row[key] = intern(value);
  }
}

/** The corpus cut into runs of `size` articles, in article order, each with its texts and discoveries. */
function articleRuns({ articles, texts, discovery }: PerArticleInput, size: number): ArticleRun[] {
  const articleRows = rowsOf(ARTICLES, articles) as unknown as Record<string, unknown>[];
  const textOf = new Map(texts.map((t, i) => [t.article_id, { text: t, discoveries: discovery.discoveries[i] }]));
  const runs: ArticleRun[] = [];
  for (let i = 0; i < articleRows.length; i += size) {
    const slice = articleRows.slice(i, i + size);
    const found = slice.map((a) => textOf.get(String(a.article_id))).filter((t) => t !== undefined);
    runs.push({
      articles: slice,
      texts: found.map((f) => f.text),
      discoveries: found.map((f) => f.discoveries),
    });
  }
  return runs;
}
