import { defineTable, text, integer, number, type RowOf } from './defineTable.ts';

export const DISTINCTIVE_TERMS = defineTable(
  'distinctive_terms',
  'One term of one outlet, scored against the rest of its event.',
  {
    event_id: text('Event.', 24),
    outlet: text('Outlet.', 22),
    term: text('Unigram or bigram, lower-cased.', 22),
    count: integer("Occurrences in the outlet's articles of the event.", 7),
    z: number(
      'z-score of the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008).',
      8,
    ),
  },
);
export type DistinctiveTerm = RowOf<typeof DISTINCTIVE_TERMS>;
