// Fits the events pair model (transforms/events/pairModel.ts) on the annotated stories we may
// learn from (bench/eventStories.ts: the sample, test/devcorpus, the stories of
// test/realnews/dev, TF-IDF over each story's whole corpus), and writes the weights into that
// file. Run: `npx tsx bench/fitEvents.ts`. test/holdout and test/realnews/aside are never read.
// How the fit holds on a story it has not seen: bench/crossEvents.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES } from '../transforms/events/pairFeatures.ts';
import { readStories, root, TRAINING } from './eventStories.ts';
import { fitModel, storyPairs } from './fitModel.ts';

const stories = await readStories(TRAINING, 'corpus');
for (const s of stories) {
  const { labels } = storyPairs(s);
  console.log(
    `${s.name}: ${s.ids.length} articles, ${labels.length} pairs, ${labels.filter(Boolean).length} in one event`,
  );
}
const beta = fitModel(stories);
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
    `  fittedOn: [${TRAINING.map((c) => `'${c.corpus}'`).join(', ')}],`,
    '};',
  ].join('\n'),
);
writeFileSync(file, source);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
