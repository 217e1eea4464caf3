// "said X" after the quote, the verb first: '"...," said Kerry', '"...," said a senior US
// official, who ...': the speaker runs from the verb to the next punctuation. A phrase too long to
// be a name alone ends at the word that starts what is said of the speaker ('said 43-year-old
// Amina Haddou from the ruins of her village high in the mountains', 'said the 29-year-old who is
// part of a local group trying to feed 600 people').
import type { Parser } from '../../Extractor.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { speechVerbAfter } from './speechVerbAfter.ts';
import { namedSpeaker } from './namedSpeaker.ts';

/** Where the speaker's noun phrase ends: a preposition of place or time, a relative pronoun, a participle of circumstance. */
const BEYOND_THE_NAME =
  /\s(?:from|in|at|on|outside|inside|near|amid|during|while|after|before|as|when|who|whose|which|speaking|standing|sitting|surrounded)\s/;

export const saidBy: Parser<AttributionInput, Attribution> = (input) => {
  const found = speechVerbAfter(input);
  if (!found || input.text.slice(found.phraseStart, found.phraseEnd).trim()) return [];
  const { text, afterTo } = input,
    { verb } = found;
  const m = /^[^,.;:!?"\u201c\u201d]*/.exec(text.slice(verb.end, afterTo));
  let phrase = m?.[0] ?? '';
  const beyond = BEYOND_THE_NAME.exec(phrase);
  if (beyond && phrase.trim().split(/\s+/).length > 9 && /\S\s*$/.test(phrase.slice(0, beyond.index)))
    phrase = phrase.slice(0, beyond.index);
  return namedSpeaker(input, verb.end, verb.end + phrase.length, verb.text, 'saidBy');
};
