// Fits the events pair model (transforms/events/pairModel.ts) on the annotated corpora we may
// learn from, and writes the weights into that file. Run: `npx tsx bench/fitEvents.ts`.
//
// Every pair of articles within one corpus is an example: one event in the gold or not. The model
// is an L2-regularised logistic regression (Newton's method), positives and negatives weighted to
// count equally, each corpus weighted by the square root of its pairs, so that the largest corpus
// does not decide alone. test/holdout and test/realnews/aside are never read: they measure.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCodebook } from '../readers/readCodebook.ts';
import { readManifest } from '../readers/readManifest.ts';
import { readCorpus } from '../readers/readCorpus.ts';
import { articles as buildArticles } from '../transforms/articles/index.ts';
import { eventInputs } from '../transforms/events/eventInputs.ts';
import { pairFeatures, FEATURES } from '../transforms/events/pairFeatures.ts';
import { fitLogistic } from './fitLogistic.ts';

const root = resolve(import.meta.dirname, '..');
const CORPORA = [
  { corpus: 'corpus', gold: 'test/gold' },
  { corpus: 'test/devcorpus', gold: 'test/devcorpus/gold' },
  { corpus: 'test/realnews/dev', gold: 'test/realnews/dev/gold' },
];
const L2 = 1;

const codebook = await readCodebook(join(root, 'sheets', 'codebook.xlsx'));
const X: number[][] = [],
  y: number[] = [],
  w: number[] = [];
for (const { corpus, gold } of CORPORA) {
  const dir = join(root, corpus);
  const manifestFile = join(dir, 'manifest.csv');
  const manifest = (await readManifest(existsSync(manifestFile) ? manifestFile : null)).map((m) => ({
    ...m,
    event: '',
  }));
  const articles = buildArticles(await readCorpus(dir), manifest, codebook);
  const eventOf = new Map(
    readdirSync(join(root, gold))
      .filter((f) => /^\d.*\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(root, gold, f), 'utf8')) as { id: string; event: string })
      .map((g) => [g.id, g.event]),
  );
  const ids = articles.array('article_id') as string[];
  const { inputs } = eventInputs(articles);
  const pairs: [number, number][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) if (eventOf.has(ids[i]) && eventOf.has(ids[j])) pairs.push([i, j]);
  const labels = pairs.map(([i, j]) => (eventOf.get(ids[i]) === eventOf.get(ids[j]) ? 1 : 0));
  const pos = labels.filter(Boolean).length,
    neg = labels.length - pos;
  const scale = Math.sqrt(pairs.length);
  pairFeatures(inputs, pairs).forEach((x, p) => {
    X.push(x);
    y.push(labels[p]);
    w.push((labels[p] ? 0.5 / pos : 0.5 / neg) * scale);
  });
  console.log(`${corpus}: ${ids.length} articles, ${pairs.length} pairs, ${pos} in one event`);
}

const beta = fitLogistic(X, y, w, L2);
const weights = beta.slice(1).map(round),
  bias = round(beta[0]);
console.log(Object.fromEntries([['bias', bias], ...FEATURES.map((f, k) => [f, weights[k]])]));
const file = join(root, 'transforms', 'events', 'pairModel.ts');
const source = readFileSync(file, 'utf8').replace(
  /export const PAIR_MODEL = \{[\s\S]*?\n\};/,
  [
    'export const PAIR_MODEL = {',
    `  features: [${FEATURES.map((f) => `'${f}'`).join(', ')}],`,
    `  weights: [${weights.join(', ')}],`,
    `  bias: ${bias},`,
    `  fittedOn: [${CORPORA.map((c) => `'${c.corpus}'`).join(', ')}],`,
    '};',
  ].join('\n'),
);
writeFileSync(file, source);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
