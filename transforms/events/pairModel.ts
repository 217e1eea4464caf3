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
  ],
  weights: [1.558, -1.261, 9.765, 0.495, -1.536, -0.179, -2.077, 7.623, -4.623, -6.176, 3.589, -0.983, -6.605],
  bias: 0.266,
  fittedOn: ['corpus', 'test/devcorpus', 'test/realnews/dev'],
};

export function pairProbability(features: readonly number[]): number {
  let z = PAIR_MODEL.bias;
  for (let k = 0; k < features.length; k++) z += PAIR_MODEL.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
