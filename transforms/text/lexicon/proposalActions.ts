// The kinds of action a proposal asks for, as a careful coder sorts them before comparing two
// reports: a truce is not talks, aid access is not a withdrawal, a release of prisoners is not
// sanctions. Two reports of one proposal ask for the same kind of action; two proposals of the same
// actors usually ask for different kinds. General to diplomacy, disasters and elections: no story's
// words. Data only; transforms/proposals/keySynonyms.ts folds the phrasings below into their terms
// and keyTerms.ts reads a row's kind from the first term that has one.

/** Phrasings of an action the key terms fold into one term, each [pattern, term]; they run over
 *  lower-cased text after the ceasefire, flights and aid folds, longer phrasings first. */
export const ACTION_PHRASINGS: [RegExp, string][] = [
  // Pulling forces back from a place, or keeping them out of it.
  [
    /\b(?:withdraw(?:s|n|al|als|ing)?|pull(?:s|ed|ing)?\s+(?:back|out)|pull-?backs?|pull-?outs?|retreat(?:s|ed|ing)?|redeploy(?:s|ed|ing|ment)?|demilitari[sz](?:ed|ation|e|ing)?(?:\s+zones?)?|buffer\s+zones?)\b/g,
    ' withdraw ',
  ],
  // Freeing people held.
  [
    /\b(?:release(?:s|d)?|releasing|set\s+free|prisoner\s+(?:swaps?|exchanges?)|swap\s+(?:of\s+)?prisoners)\b/g,
    ' release ',
  ],
  // Pardoning what people did (fighting, protest): a law, not the freeing of those held.
  [/\b(?:amnest(?:y|ies)|pardons?|pardoning)\b/g, ' amnesty '],
  // Economic pressure and its lifting.
  [/\b(?:sanctions?|embargo(?:es)?|asset\s+freezes?|travel\s+bans?)\b/g, ' sanctions '],
  // Forces of two parties acting together: striking, targeting, sharing intelligence.
  [
    /\b(?:joint(?:ly)?\s+(?:targeting|strikes|air\s*strikes|operations|military\s+operations)|coordinat(?:e|ed|es|ing)\s+(?:their\s+)?(?:air\s*)?(?:strikes|airstrikes|targeting|military\s+operations))\b/g,
    ' joint-strikes ',
  ],
  // Meeting to negotiate: "sit down (together, face to face)", "meet at the table".
  [/\b(?:sit(?:s|ting)?|sat)\s+down(?:\s+(?:together|with\s+each\s+other))?\b/g, ' talks '],
];

/** The kind of each folded term that names an action; a term absent here names none (an object,
 *  a place, a qualifier). Terms of one kind are one action in other words, and count as one term
 *  when two rows' words are compared ("a humanitarian pause" is a ceasefire; keeping a leader on,
 *  "stay-on", is not his departure). */
export const ACTION_KINDS: ReadonlyMap<string, string> = new Map([
  ['ceasefire', 'ceasefire'],
  ['pause', 'ceasefire'],
  ['ground-flights', 'ground-flights'],
  ['aid', 'aid'],
  ['talks', 'talks'],
  ['direct-talks', 'talks'],
  ['transition', 'transition'],
  ['elections', 'elections'],
  ['departure', 'departure'],
  ['stay-on', 'stay-on'],
  ['joint-body', 'joint-operations'],
  ['joint-strikes', 'joint-operations'],
  ['extend', 'extend'],
  ['respect', 'respect'],
  ['monitor', 'monitor'],
  ['publish', 'publish'],
  ['withdraw', 'withdraw'],
  ['release', 'release'],
  ['amnesty', 'amnesty'],
  ['sanctions', 'sanctions'],
  ['restrain', 'restrain'],
  ['separate', 'separate'],
]);
