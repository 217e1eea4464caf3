// The pair model: a logistic regression over pairFeatures.ts, the probability that two articles
// report one event. Weights fitted by bench/fitEvents.ts (see README.md); this file is written by
// that script: do not edit the numbers by hand.
export const PAIR_MODEL = {
  features: [
    'terms',
    'names',
    'lead',
    'gap',
    'undated',
    'same_day_reported',
    'days_apart_reported',
    'lead_names',
    'places_differ',
    'lead_names_disjoint',
    'terms_relative',
    'kinds_differ',
  ],
  weights: [1.088, -1.325, 9.125, 0.174, -1.276, -0.147, -1.54, 7.337, -4.021, -4.773, 4.755, -1.386],
  bias: -0.642,
  fittedOn: ['corpus', 'test/devcorpus', 'test/realnews/dev'],
};

export function pairProbability(features: readonly number[]): number {
  let z = PAIR_MODEL.bias;
  for (let k = 0; k < features.length; k++) z += PAIR_MODEL.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
