// The extraction, step by step, in the order every notebook runs it: articles and their events
// first (so that an undated article takes its event's date as reference), then sentences, each
// article read once, the actors' discovery pass over the corpus, then the per-article extractors
// (perArticle.ts, in --jobs worker threads). The main notebook calls the steps one by one with a
// preview each; `extract` runs the same steps in one thread, for tests and other notebooks.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Extraction } from '../Extraction.ts';
import type { CorpusFile } from '../articles/CorpusFile.ts';
import type { ManifestRow } from '../articles/ManifestRow.ts';
import { articles as buildArticles } from '../articles/index.ts';
import { events } from '../events/index.ts';
import { eventsTable } from '../events/eventsTable.ts';
import { eventLabels } from '../events/eventLabels.ts';
import { eventInputs } from '../events/eventInputs.ts';
import type { EventGranularity } from '../events/granularity.ts';
import { sentences as splitIntoSentences } from '../sentences/index.ts';
import { discoveryPass } from '../actors/index.ts';
import { perArticle } from './perArticle.ts';
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

export const articlesAndEvents = ({
  files,
  manifest,
  codebook,
  granularity,
}: Inputs): { articles: ColumnTable; events: ColumnTable } => {
  const built = buildArticles(files, manifest, codebook);
  // The grouping's reading of each article, its bags of terms also naming the events.
  const reading = eventInputs(built);
  const articles = events(built, manifest, granularity, reading);
  return { articles, events: eventsTable(articles, new Set(eventLabels(manifest)), reading.bags) };
};

export const sentencesOf = ({ articles }: Tables<'articles'>): Tables<'sentences'> => ({
  sentences: splitIntoSentences(articles),
});

export const textsOf = ({ articles, sentences }: Tables<'articles' | 'sentences'>): Tables<'texts'> => ({
  texts: articleTexts(articles, sentences),
});

/** Every step in order, in this thread (the notebook's steps with --jobs 1); the extraction tables. */
export async function extract(inputs: Inputs): Promise<Extraction> {
  const { codebook } = inputs;
  const { articles, events } = articlesAndEvents(inputs);
  const { sentences } = sentencesOf({ articles });
  const { texts } = textsOf({ articles, sentences });
  const discovery = discoveryPass(texts, codebook);
  const found = await perArticle({ articles, sentences, texts, discovery, codebook }, 1);
  return { articles, events, sentences, ...found };
}
