// The pairs the grouping compares grow with the articles, not with their square: in a corpus of
// repeated weeks (the sample's five articles again every week, as bench/syntheticCorpus.ts builds
// it), an article meets the articles of its own few weeks whatever the length of the corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { articles } from '../../transforms/articles/index.ts';
import { eventInputs } from '../../transforms/events/eventInputs.ts';
import { comparedPairs } from '../../transforms/events/clusterEvents.ts';
import type { Codebook } from '../../transforms/codebook/Codebook.ts';

const codebook: Codebook = {
  file: 'test',
  actors: [],
  frames: [],
  labels: [],
  casualtyTerms: [],
  proposalCues: [],
  outlets: [],
};

const sample = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, content: readFileSync(`corpus/${file}`, 'utf8') }));
const published = new Map(
  readFileSync('corpus/manifest.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([file, , date]) => [file, date]),
);

function weekLater(iso: string, weeks: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * weeks);
  return d.toISOString().slice(0, 10);
}

/** Pairs each article is in, over a corpus of the sample repeated `weeks` weeks. */
function pairsPerArticle(weeks: number): number[] {
  const files = Array.from({ length: weeks }, (_, w) =>
    sample.map(({ file, content }) => ({
      article_id: `${w}_${file.slice(0, 3)}`,
      file: `${w}_${file}`,
      format: 'txt' as const,
      content,
    })),
  ).flat();
  const manifest = files.map((f, row) => ({
    file: f.file,
    outlet: '',
    published: weekLater(published.get(f.file.replace(/^\d+_/, ''))!, Number(f.file.split('_')[0])),
    url: '',
    event: '',
    row: row + 2,
  }));
  const { inputs } = eventInputs(articles(files, manifest, codebook));
  const degree = new Array<number>(files.length).fill(0);
  for (const [i, j] of comparedPairs(inputs.map((input) => ({ ...input, label: '' })))) {
    degree[i]++;
    degree[j]++;
  }
  return degree;
}

test('an article meets as many articles in 24 weeks as in 12: those of its own few weeks', () => {
  const twelve = pairsPerArticle(12);
  const twentyFour = pairsPerArticle(24);
  assert.ok(Math.max(...twelve) > 0, 'articles of one week are compared');
  assert.is(Math.max(...twentyFour), Math.max(...twelve));
  // Per article, on average, no more pairs in the longer corpus.
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  assert.ok(mean(twentyFour) <= mean(twelve) * 1.1, `${mean(twentyFour)} vs ${mean(twelve)}`);
});

test.run();
