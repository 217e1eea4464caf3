// Words of harm that news English uses beside the codebook's casualty terms. They never stand on
// their own: each is tied to a codebook term (a tense of it) or to a kind the codebook uses, so a
// codebook without that term or kind gets none of them.

/** Present tenses of headline and lead verbs, with the codebook term whose kind they take
 *  ("Quake kills 632", "Five men, two women die in shooting"). Transitive ones take the figure as
 *  their object ("kills 632"); intransitive ones follow it ("two women die"). Only the third person
 *  of a transitive verb: "threatened to kill 10 hostages" states no toll. */
export const PRESENT_TRANSITIVE: Record<string, string> = {
  kills: 'killed',
  injures: 'injured',
  displaces: 'displaced',
};
export const PRESENT_INTRANSITIVE: Record<string, string> = {
  die: 'died',
  dies: 'died',
};

/** States of people that give a kind the codebook uses: "1,404 in critical condition" are wounded,
 *  "55 children were poisoned" are affected. */
export const HARM_STATES: Record<string, string> = {
  'in critical condition': 'wounded',
  'in a critical condition': 'wounded',
  'in serious condition': 'wounded',
  'in a serious condition': 'wounded',
  'critically injured': 'wounded',
  'seriously injured': 'wounded',
  poisoned: 'affected',
};

/** Verbs before a figure that say a toll went past it: "a toll that crossed 2,800 dead". */
export const PAST_FIGURE_VERBS = [
  'crossed',
  'crosses',
  'topped',
  'tops',
  'passed',
  'passes',
  'exceeded',
  'exceeds',
  'surpassed',
  'surpasses',
];
