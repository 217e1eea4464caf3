// Nouns that name a measure one side asks of another or offers: what a proposal's object is
// ("a ceasefire", "the release of detainees", "an end to air strikes", "a monitoring mission").
// Two of them coordinated after one cue ("proposed a truce and a prisoner swap") are two
// proposals; a noun outside the list ("a ceasefire between the army and the rebels") is no
// second measure. Matched as word stems: "negotiation" also reads "negotiations".
const STEMS = [
  'amnesty',
  'blockade',
  'buffer',
  'ceasefire',
  'cease-fire',
  'cessation',
  'commission',
  'compensation',
  'conference',
  'constitution',
  'corridor',
  'deliver',
  'demilitari',
  'dialogue',
  'disarm',
  'election',
  'embargo',
  'evacuation',
  'exchange',
  'freeze',
  'hotline',
  'inquiry',
  'introduction',
  'investigation',
  'lifting',
  'meeting',
  'mission',
  'monitor',
  'negotiation',
  'no-fly',
  'observer',
  'opening',
  'probe',
  'pullback',
  'pullout',
  'reconstruction',
  'reopening',
  'referendum',
  'reform',
  'release',
  'removal',
  'resumption',
  'roadmap',
  'sanction',
  'summit',
  'swap',
  'talks',
  'transition',
  'tribunal',
  'truce',
  'withdrawal',
];

/** Short words that are measures only as whole words ("aid", not "aides"; "end", not "endorse"). */
const WORDS = ['access', 'aid', 'end', 'halt', 'pause', 'return'];

const MEASURE = new RegExp(String.raw`^(?:(?:${STEMS.join('|')})|(?:${WORDS.join('|')})s?$)`, 'i');

/** Whether a word names a measure ("ceasefire", "talks", "withdrawal"). */
export function isMeasureNoun(word: string): boolean {
  return MEASURE.test(word.replace(/[^\w-]+$/, ''));
}
