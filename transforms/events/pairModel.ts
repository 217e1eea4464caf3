// The pair model: a logistic regression over pairFeatures.ts, the probability that two articles
// report one event. Weights fitted by bench/fitEvents.ts (see README.md); this file is written by
// that script: do not edit the numbers by hand.
export const PAIR_MODEL = {
  features: ['terms', 'names', 'lead', 'gap', 'undated', 'same_day_reported', 'days_apart_reported', 'lead_names', 'places_differ', 'lead_names_disjoint', 'terms_relative', 'kinds_differ'],
  weights: [1.116, -1.343, 9.037, 0.144, -1.423, -0.087, -1.505, 7.37, -4.01, -4.777, 4.806, -1.341],
  bias: -0.669,
  fittedOn: ['corpus', 'test/devcorpus', 'test/realnews/dev'],
};

export function pairProbability(features: readonly number[]): number {
  let z = PAIR_MODEL.bias;
  for (let k = 0; k < features.length; k++) z += PAIR_MODEL.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
