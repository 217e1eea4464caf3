// The annotated stories the events pair model learns from and is checked on (bench/fitEvents.ts,
// bench/crossEvents.ts): each story's articles, read like a corpus of its own (TF-IDF over the
// story alone, as a user's folder of one story), with its gold event per article. Each story's
// term weights count, as background, the document frequencies of every training article outside
// it (transforms/events/backgroundFrequencies.ts). test/holdout and test/realnews/aside are never
// read here: they measure.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as aq from 'arquero';
import { readCodebook } from '../readers/readCodebook.ts';
import { readManifest } from '../readers/readManifest.ts';
import { readCorpus } from '../readers/readCorpus.ts';
import { articles as buildArticles } from '../transforms/articles/index.ts';
import { eventInputs } from '../transforms/events/eventInputs.ts';
import type { PairInput } from '../transforms/events/pairFeatures.ts';
import { articleBags } from '../transforms/events/articleBags.ts';
import { backgroundOf } from '../transforms/events/backgroundFrequencies.ts';

export const root = resolve(import.meta.dirname, '..');

/** Corpora we may learn from; `story` splits a corpus into stories by article id. */
export const TRAINING = [
  { corpus: 'corpus', gold: 'test/gold', story: () => 'sample' },
  { corpus: 'test/devcorpus', gold: 'test/devcorpus/gold', story: () => 'devcorpus' },
  {
    corpus: 'test/realnews/dev',
    gold: 'test/realnews/dev/gold',
    story: realnewsStory,
  },
];

/**
 * The story of a test/realnews/dev article, by the hundreds of its id (3xx disasters, ... 7xx ceasefire
 * diplomacy); 8xx holds two stories, the Wagner mutiny and Prigozhin's crash (800-849) and the Greek
 * referendum and the eurozone deal (850-899).
 */
export function realnewsStory(id: string): string {
  const n = Number(id.match(/^\d+/)?.[0] ?? NaN);
  if (n >= 800 && n < 900) return n < 850 ? 'mutiny' : 'referendum';
  return (
    ({ 3: 'disasters', 4: 'elections', 5: 'summits', 6: 'attacks', 7: 'ceasefire' } as Record<number, string>)[
      Math.floor(n / 100)
    ] ?? 'other'
  );
}

export interface Story {
  name: string;
  corpus: string;
  ids: string[];
  events: string[];
  inputs: PairInput[];
}

/**
 * `alone` (the default): each story is read as a corpus of its own; `corpus`: the TF-IDF weights
 * come from the whole corpus the story belongs to (as when several stories are grouped together).
 */
export async function readStories(corpora = TRAINING, tfidf: 'alone' | 'corpus' = 'alone'): Promise<Story[]> {
  const read = await readTraining(corpora);
  // Each story's background: every training article outside it, as the shipped background is to a
  // story it has never seen.
  const everyone = read.flatMap((r) => r.ids.map((id) => ({ story: r.story(id), text: r.texts.get(id)! })));
  const out: Story[] = [];
  for (const { corpus, all, ids, eventOf, story } of read) {
    const allIds = all.array('article_id') as string[];
    for (const name of [...new Set(ids.filter((id) => eventOf.has(id)).map(story))]) {
      const background = backgroundOf(everyone.filter((a) => a.story !== name).map((a) => articleBags(a.text)));
      const mine = new Set(ids.filter((id) => eventOf.has(id) && story(id) === name));
      const articles = all.filter(aq.escape((d: { article_id: string }) => mine.has(d.article_id)));
      const storyIds = articles.array('article_id') as string[];
      const allInputs = tfidf === 'corpus' ? eventInputs(all, background).inputs : [];
      out.push({
        name,
        corpus,
        ids: storyIds,
        events: storyIds.map((id) => eventOf.get(id)!),
        inputs:
          tfidf === 'alone'
            ? eventInputs(articles, background).inputs
            : storyIds.map((id) => allInputs[allIds.indexOf(id)]),
      });
    }
  }
  return out;
}

/** Every article of the training corpora, with its text, story and gold event. */
export async function readTraining(corpora = TRAINING) {
  const codebook = await readCodebook(join(root, 'sheets', 'codebook.xlsx'));
  const out = [];
  for (const { corpus, gold, story } of corpora) {
    const dir = join(root, corpus);
    const manifestFile = join(dir, 'manifest.csv');
    const manifest = (await readManifest(existsSync(manifestFile) ? manifestFile : null)).map((m) => ({
      ...m,
      event: '',
    }));
    const all = buildArticles(await readCorpus(dir), manifest, codebook);
    const eventOf = new Map(
      readdirSync(join(root, gold))
        .filter((f) => /^\d.*\.json$/.test(f))
        .map((f) => JSON.parse(readFileSync(join(root, gold, f), 'utf8')) as { id: string; event: string })
        .map((g) => [g.id, g.event]),
    );
    const ids = all.array('article_id') as string[];
    const texts = new Map(ids.map((id, i) => [id, String(all.get('text', i) ?? '')]));
    out.push({ corpus, all, ids, texts, eventOf, story });
  }
  return out;
}
