// The pair model: a logistic regression over pairFeatures.ts, the probability that two articles
// report one event. Weights fitted by bench/fitEvents.ts (see README.md); this file is written by
// that script: do not edit the numbers by hand.
export const PAIR_MODEL = {
  features: ['terms', 'names', 'lead', 'gap', 'undated', 'same_day_reported', 'days_apart_reported', 'lead_names', 'places_differ', 'lead_names_disjoint'],
  weights: [4.923, 0.732, 11.762, 0.084, -1.169, 0.446, -1.463, 5.555, -4.573, -5.31],
  bias: 0.595,
  fittedOn: ['corpus', 'test/devcorpus', 'test/realnews/dev'],
};

export function pairProbability(features: readonly number[]): number {
  let z = PAIR_MODEL.bias;
  for (let k = 0; k < features.length; k++) z += PAIR_MODEL.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
