// Leave-one-story-out check of the events grouping: for each training story (bench/eventStories.ts),
// fit the pair model without it, group its articles (as a corpus of their own), and print the
// pairwise F1 against its gold, beside the in-sample figure (fitted on every story), the shipped
// model's (transforms/events/pairModel.ts, as it stands) and grouping by publication day.
// Run: `npx tsx bench/crossEvents.ts [--pairs] [--corpus-tfidf]` (--pairs lists the held-out pairs it
// gets wrong; --corpus-tfidf weighs terms over each story's whole corpus, not the story alone).
import { clusterEvents } from '../transforms/events/clusterEvents.ts';
import { MERGE_AT } from '../transforms/events/granularity.ts';
import { FEATURES } from '../transforms/events/pairFeatures.ts';
import { pairProbability } from '../transforms/events/pairModel.ts';
import { readStories, type Story } from './eventStories.ts';
import { fitModel, probabilityOf, storyPairs } from './fitModel.ts';

const showPairs = process.argv.includes('--pairs');
const stories = await readStories(undefined, process.argv.includes('--corpus-tfidf') ? 'corpus' : 'alone');
const full = fitModel(stories);
console.log('all stories:', fmt(full));
for (const story of stories) {
  const beta = fitModel(stories.filter((s) => s !== story));
  const held = clusterEvents(
    story.inputs.map((x) => ({ ...x, label: '' })),
    MERGE_AT.normal,
    probabilityOf(beta),
  );
  const inSample = clusterEvents(
    story.inputs.map((x) => ({ ...x, label: '' })),
    MERGE_AT.normal,
    probabilityOf(full),
  );
  const shipped = clusterEvents(
    story.inputs.map((x) => ({ ...x, label: '' })),
    MERGE_AT.normal,
    pairProbability,
  );
  const byDay = story.inputs.map((x, i) => (x.day === null ? -1 - i : x.day));
  console.log(
    `${story.name.padEnd(10)} held out F1 ${f1(story, held)}  in sample ${f1(story, inSample)}` +
      `  shipped model ${f1(story, shipped)}  by day ${f1(story, byDay)}`,
  );
  if (showPairs) {
    console.log(`   fitted without it: ${fmt(beta)}`);
    const { pairs, labels, X } = storyPairs(story);
    const p = probabilityOf(beta);
    pairs.forEach(([i, j], k) => {
      const wrong = labels[k] !== (held[i] === held[j] ? 1 : 0);
      if (wrong)
        console.log(
          `   ${labels[k] ? 'SPLIT' : 'MERGED'} ${story.ids[i]} ~ ${story.ids[j]} p=${p(X[k]).toFixed(2)} ` +
            FEATURES.map((f, n) => `${f}=${X[k][n].toFixed(2)}`).join(' '),
        );
    });
  }
}

function f1(story: Story, group: number[]): string {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const same = story.events[i] === story.events[j],
        pred = group[i] === group[j];
      if (same && pred) tp++;
      else if (same) fn++;
      else if (pred) fp++;
    }
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  return ((2 * p * r) / (p + r || 1)).toFixed(2);
}

function fmt(beta: number[]): string {
  return [`bias ${beta[0].toFixed(2)}`, ...FEATURES.map((f, k) => `${f} ${beta[k + 1].toFixed(2)}`)].join(', ');
}
