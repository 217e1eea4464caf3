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
    'renewed_later',
    'terms_distant',
  ],
  weights: [2.234, -1.433, 10.485, 0.899, -0.964, 0.187, -2.231, 7.285, -4.046, -6.366, 4.232, -0.628, -6.872, -6.492],
  bias: -0.642,
  fittedOn: ['corpus', 'test/devcorpus', 'test/realnews/dev'],
};

export function pairProbability(features: readonly number[]): number {
  let z = PAIR_MODEL.bias;
  for (let k = 0; k < features.length; k++) z += PAIR_MODEL.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
