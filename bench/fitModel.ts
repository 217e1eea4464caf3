// Fits a pair model on stories (bench/eventStories.ts): every pair of articles within a story is an
// example, one event in the gold or not. L2-regularised logistic regression (bench/fitLogistic.ts);
// positive and negative pairs weigh equally within a story, each story by the square root of its
// pairs, so that the largest story does not decide alone.
import { FEATURES, pairFeatures } from '../transforms/events/pairFeatures.ts';
import { fitLogistic } from './fitLogistic.ts';
import type { Story } from './eventStories.ts';

export const L2 = 1;

/**
 * Caps on what the fit may learn (transforms/events/README.md, pair model): the bias, the log-odds
 * that a pair with nothing for or against it (every feature 0) is one event, stays at or below the
 * value of the model fitted on four stories: no candidate pair is "one event" by default.
 */
export type Caps = Partial<Record<'bias' | (typeof FEATURES)[number], number>>;
export const CAPS: Caps = { bias: -0.642 };

export function storyPairs(story: Story): { pairs: [number, number][]; labels: number[]; X: number[][] } {
  const pairs: [number, number][] = [];
  for (let i = 0; i < story.ids.length; i++) for (let j = i + 1; j < story.ids.length; j++) pairs.push([i, j]);
  const labels = pairs.map(([i, j]) => (story.events[i] === story.events[j] ? 1 : 0));
  return { pairs, labels, X: pairFeatures(story.inputs, pairs) };
}

/** [bias, ...weights]. */
export function fitModel(stories: Story[], l2 = L2, caps: Caps = CAPS): number[] {
  const X: number[][] = [],
    y: number[] = [],
    w: number[] = [];
  for (const story of stories) {
    const { pairs, labels, X: rows } = storyPairs(story);
    const pos = labels.filter(Boolean).length,
      neg = labels.length - pos;
    const scale = Math.sqrt(pairs.length);
    rows.forEach((x, p) => {
      X.push(x);
      y.push(labels[p]);
      w.push((labels[p] ? 0.5 / (pos || 1) : 0.5 / (neg || 1)) * scale);
    });
  }
  return fitLogistic(X, y, w, l2, [caps.bias ?? Infinity, ...FEATURES.map((f) => caps[f] ?? Infinity)]);
}

export const probabilityOf = (beta: number[]) => (x: readonly number[]) => {
  let z = beta[0];
  for (let k = 0; k < x.length; k++) z += beta[k + 1] * x[k];
  return 1 / (1 + Math.exp(-z));
};
