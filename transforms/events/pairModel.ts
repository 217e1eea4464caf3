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
  weights: [1.393, -1.981, 9.957, 0.522, -1.589, -0.159, -2.024, 7.372, -4.523, -6.563, 3.882, -0.276, -6.797],
  bias: 0.063,
  fittedOn: ['corpus', 'test/devcorpus', 'test/realnews/dev'],
};

export function pairProbability(features: readonly number[]): number {
  let z = PAIR_MODEL.bias;
  for (let k = 0; k < features.length; k++) z += PAIR_MODEL.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
