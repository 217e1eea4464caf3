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
  weights: [4.028, -2.065, 15.815, -0.979, -2.527, 0.421, -0.92, 7.326, -3.737, -5.355, 5.059, -4.812, -7.791, -5.738],
  bias: -0.642,
  fittedOn: ['corpus', 'test/devcorpus', 'test/realnews/dev'],
};

export function pairProbability(features: readonly number[]): number {
  let z = PAIR_MODEL.bias;
  for (let k = 0; k < features.length; k++) z += PAIR_MODEL.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
