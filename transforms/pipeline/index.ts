// The extraction, step by step, in the order every notebook runs it: articles and their events
// first (so that an undated article takes its event's date as reference), then sentences, then
// each extractor on the tables before it. Each step takes the run so far (the inputs and the
// tables already extracted) and returns its new tables, so that the main notebook can call the
// steps one by one with a preview each, and the bench can time the same steps in a loop.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Extraction } from '../Extraction.ts';
import type { CorpusFile } from '../articles/CorpusFile.ts';
import type { ManifestRow } from '../articles/ManifestRow.ts';
import { articles as buildArticles } from '../articles/index.ts';
import { events } from '../events/index.ts';
import { eventsTable } from '../events/eventsTable.ts';
import type { EventGranularity } from '../events/granularity.ts';
import { sentences as splitIntoSentences } from '../sentences/index.ts';
import { actors as extractActors } from '../actors/index.ts';
import { quotes as extractQuotes } from '../quotes/index.ts';
import { dates as extractDates } from '../dates/index.ts';
import { casualties as extractCasualties } from '../casualties/index.ts';
import { proposals as extractProposals } from '../proposals/index.ts';
import { proposalKeys } from '../proposals/proposalKeys.ts';
import { articleTexts } from '../text/articleTexts.ts';
import type { ArticleText } from '../text/ArticleText.ts';

/** What the reading edge hands the extraction. */
export interface Inputs {
  files: readonly CorpusFile[];
  manifest: ManifestRow[];
  codebook: Codebook;
  /** How coarse the events are where the manifest gives none (--events). */
  granularity?: EventGranularity;
}
/** The extraction's tables and, once sentences are split, each article read once (transforms/text). */
type Read = Extraction & { texts: ArticleText[] };
type Tables<K extends keyof Read> = Pick<Read, K>;
type Coded<K extends keyof Read> = Tables<K> & { codebook: Codebook };

export const articlesAndEvents = ({
  files,
  manifest,
  codebook,
  granularity,
}: Inputs): { articles: ColumnTable; events: ColumnTable } => {
  const articles = events(buildArticles(files, manifest, codebook), manifest, granularity);
  return { articles, events: eventsTable(articles) };
};

export const sentencesOf = ({ articles }: Tables<'articles'>): Tables<'sentences'> => ({
  sentences: splitIntoSentences(articles),
});

export const textsOf = ({ articles, sentences }: Tables<'articles' | 'sentences'>): Tables<'texts'> => ({
  texts: articleTexts(articles, sentences),
});

export const actorsOf = ({ texts, codebook }: Coded<'texts'>): Tables<'actors' | 'mentions' | 'candidates'> =>
  extractActors(texts, codebook);

export const quotesOf = ({ texts, mentions, codebook }: Coded<'texts' | 'mentions'>): Tables<'quotes'> => ({
  quotes: extractQuotes(texts, mentions, codebook),
});

export const datesOf = ({ articles, texts }: Tables<'articles' | 'texts'>): Tables<'dates'> => ({
  dates: extractDates(articles, texts),
});

export const casualtiesOf = ({ texts, codebook }: Coded<'texts'>): Tables<'casualties'> => ({
  casualties: extractCasualties(texts, codebook),
});

export const proposalsOf = ({
  articles,
  sentences,
  texts,
  mentions,
  codebook,
}: Coded<'articles' | 'sentences' | 'texts' | 'mentions'>): Tables<'proposals'> => ({
  proposals: proposalKeys(extractProposals(articles, texts, mentions, codebook), articles, sentences, codebook),
});

/** A run so far: the inputs and every table extracted yet (a step reads only those before it). */
export type Run = Inputs & Read;

/** The steps in order, with the label the notebook and the bench give them. */
export const EXTRACTION_STEPS: readonly { label: string; step: (run: Run) => Partial<Read> }[] = [
  { label: 'articles + events', step: articlesAndEvents },
  { label: 'sentences', step: sentencesOf },
  { label: 'article texts', step: textsOf },
  { label: 'actors', step: actorsOf },
  { label: 'quotes', step: quotesOf },
  { label: 'dates', step: datesOf },
  { label: 'casualties', step: casualtiesOf },
  { label: 'proposals', step: proposalsOf },
];

/**
 * Every step in order, each through `around` (the bench times them there); the extraction tables,
 * without the inputs.
 */
export async function extract(inputs: Inputs, around: Around = (_label, work) => work()): Promise<Extraction> {
  const run: Inputs & Partial<Read> = { ...inputs };
  for (const { label, step } of EXTRACTION_STEPS) Object.assign(run, await around(label, () => step(run as Run)));
  const { articles, events, sentences, actors, mentions, candidates, dates, casualties, proposals, quotes } =
    run as Run;
  return { articles, events, sentences, actors, mentions, candidates, dates, casualties, proposals, quotes };
}

type Around = <T>(label: string, work: () => T) => T | Promise<T>;
